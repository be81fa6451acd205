#include "valuetext.h"

#include "core/clientsession.h"

#include "decimal.h"
#include "decimalformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace erp::app {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ValueText)
};

} // namespace

QString canonicalDecimal(const QCborValue &value, int scale)
{
    QString text;
    if (value.isString())
        text = value.toString().trimmed();
    else if (value.isInteger())
        text = QString::number(value.toInteger());
    else if (value.isDouble())
        // Only metadata defaults arrive as JSON numbers; their shortest form is what was written.
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    const auto decimal = Decimal::parse(text);
    if (!decimal)
        return QString();
    const auto rescaled = decimal->rescaled(qMax(scale, 0));
    // Dropping digits would round: then the value keeps its own decimals.
    return rescaled && *rescaled == *decimal ? rescaled->toString() : decimal->toString();
}

int displayScale(const FieldInfo &field, const QString &canonical)
{
    const auto decimal = Decimal::parse(canonical);
    const int least = field.type == QLatin1String("money") ? qMin(2, field.scale) : field.scale;
    if (!decimal)
        return field.scale;
    const int most = qMax(field.scale, decimal->scale());
    for (int scale = least; scale < most; ++scale) {
        const auto shorter = decimal->rescaled(scale);
        if (shorter && *shorter == *decimal)
            return scale;
    }
    return most;
}

QString dateFormat(const QLocale &locale)
{
    // English short dates differ by country (12/1/26 is 1 December in the US and 12 January in
    // Britain): English forms and lists write the month's name, "1 Dec 2026".
    if (locale.language() == QLocale::English)
        return QStringLiteral("d MMM yyyy");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString dateTimeFormat(const QLocale &locale)
{
    return dateFormat(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

QString valueText(const FieldInfo &field, const QCborValue &value, const QLocale &locale)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    const QString &type = field.type;
    if (type == QLatin1String("decimal") || type == QLatin1String("money")) {
        const QString canonical = canonicalDecimal(value, field.scale);
        return canonical.isEmpty() ? value.toString() : formatDecimal(canonical, displayScale(field, canonical), locale);
    }
    if (type == QLatin1String("date")) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? locale.toString(date, dateFormat(locale)) : value.toString();
    }
    if (type == QLatin1String("datetime")) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return time.isValid() ? locale.toString(time.toLocalTime(), dateTimeFormat(locale)) : value.toString();
    }
    if (type == QLatin1String("boolean"))
        return value.toBool() ? Text::tr("Yes") : Text::tr("No");
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (type == QLatin1String("text"))
        return value.toString().simplified();
    return value.toString();
}

QCborValue defaultValue(const FieldInfo &field)
{
    const QCborValue &value = field.defaultValue;
    if (value.isNull() || value.isUndefined())
        return QCborValue(QCborValue::Null);
    if (field.isNumeric()) {
        const QString canonical = canonicalDecimal(value, field.scale);
        return canonical.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(canonical);
    }
    if (field.type == QLatin1String("integer") && value.isDouble())
        return QCborValue(qint64(value.toDouble()));
    return value;
}

QString displayValue(const FieldInfo &field, const QCborValue &value, const QString &display, ClientSession *session,
                     const QLocale &locale)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (field.type == QLatin1String("ref"))
        return display;
    if (field.type == QLatin1String("enum") && session) {
        QString title = value.toString();
        session->enumeration(field.target, nullptr, [&](const EnumInfo &e) {
            for (const auto &[name, t] : e.values)
                if (name == value.toString())
                    title = t;
        });
        return title;
    }
    if (field.type == QLatin1String("boolean"))
        return value.toBool() ? QStringLiteral("✓") : QString();
    return valueText(field, value, locale);
}

QString documentDate(const QCborValue &date, const QLocale &locale)
{
    const QDateTime time = QDateTime::fromString(date.toString(), Qt::ISODateWithMs);
    return time.isValid() ? locale.toString(time.toLocalTime().date(), dateFormat(locale)) : QString();
}

QString presentation(const KindInfo &kind, const QCborMap &object, const QLocale &locale)
{
    if (!kind.isDocument)
        return object.value(QStringLiteral("name")).toString();
    const QString number = object.value(QStringLiteral("number")).toString();
    const QString date = documentDate(object.value(QStringLiteral("date")), locale);
    return date.isEmpty() ? number : Text::tr("%1 of %2", "document number and date").arg(number, date);
}

} // namespace erp::app
