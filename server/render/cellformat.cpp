#include "cellformat.h"

#include "decimal.h"
#include "i18n/language.h"
#include "i18n/numberformat.h"

#include <QDateTime>
#include <QLocale>

namespace erp::render {

using erp::core::ReportColumnType;

bool isNumeric(ReportColumnType type)
{
    return type == ReportColumnType::Integer || type == ReportColumnType::Decimal || type == ReportColumnType::Money
           || type == ReportColumnType::Percent;
}

QString momentText(const QDateTime &moment)
{
    const bool czech = erp::i18n::currentLanguage() == QLatin1String("cs");
    const QLocale locale(erp::i18n::currentLanguage());
    QString text = locale.toString(moment.date(), czech ? QStringLiteral("d.M.yyyy") : QStringLiteral("d MMM yyyy"));
    const QTime t = moment.time();
    if (t != QTime(0, 0) && t < QTime(23, 59, 59))
        text += u' ' + locale.toString(t, QStringLiteral("HH:mm"));
    return text;
}

QString valueText(ReportColumnType type, const QCborValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (isNumeric(type)) {
        QString text = value.isInteger() ? QString::number(value.toInteger()) : value.toString();
        // Money is kept to four places: printed with two unless a fraction of a cent is there.
        if (type == ReportColumnType::Money && text.contains(u'.'))
            while (text.size() - text.indexOf(u'.') > 3 && text.endsWith(u'0'))
                text.chop(1);
        const std::optional<erp::Decimal> number = erp::Decimal::parse(text);
        if (!number)
            return text;
        const QString formatted = erp::i18n::formatNumber(*number, type != ReportColumnType::Money);
        return type == ReportColumnType::Percent ? formatted + QStringLiteral(" %") : formatted;
    }
    if (type == ReportColumnType::Date) {
        const QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODate);
        return moment.isValid() ? momentText(moment) : value.toString();
    }
    if (value.isInteger())
        return QString::number(value.toInteger());
    return value.toString();
}

QString cellText(const erp::core::ReportColumn &column, const QCborMap &row)
{
    const QCborValue display = row.value(QStringLiteral("display")).toMap().value(column.name);
    if (display.isString())
        return display.toString();
    return valueText(column.type, row.value(column.name));
}

} // namespace erp::render
