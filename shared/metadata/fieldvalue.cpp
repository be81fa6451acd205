#include "fieldvalue.h"

#include "decimal.h"
#include "field.h"
#include "model.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace erp::meta {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldValue)
};

// The field's "min": at least the bound, or greater than it when the bound is exclusive.
bool checkMin(const Field &field, const Decimal &value, QString *error)
{
    if (!field.min || (field.minExclusive ? value > *field.min : value >= *field.min))
        return true;
    *error = field.minExclusive ? Text::tr("must be greater than %1").arg(field.min->toString())
                                : Text::tr("must be at least %1").arg(field.min->toString());
    return false;
}

bool normalizeDecimal(const Field &field, const QCborValue &in, QCborValue *out, QString *error)
{
    QString text;
    if (in.isString()) {
        text = in.toString().trimmed();
    } else if (in.isInteger()) {
        text = QString::number(in.toInteger());
    } else if (in.isDouble()) {
        // JSON numbers arrive as doubles; accept them only when their shortest decimal form
        // is exact. Clients that care about exactness send strings.
        const double d = in.toDouble();
        if (!std::isfinite(d)) {
            *error = Text::tr("is not a finite number");
            return false;
        }
        text = QString::number(d, 'g', 15);
        if (text.contains(u'e')) {
            *error = Text::tr("is out of range; send the amount as a decimal string");
            return false;
        }
    } else {
        *error = Text::tr("must be a decimal number (as a string such as \"1234.50\")");
        return false;
    }
    const auto value = Decimal::parse(text, Decimal::MaxScale);
    if (!value) {
        *error = Text::tr("\"%1\" is not a decimal number").arg(text);
        return false;
    }
    if (!value->fits(field.precision, field.scale)) {
        *error = Text::tr("%1 does not fit %2 digits with %3 decimals")
                     .arg(text)
                     .arg(field.precision)
                     .arg(field.scale);
        return false;
    }
    if (!checkMin(field, *value, error))
        return false;
    *out = value->rescaled(field.scale)->toString();
    return true;
}

} // namespace

QString formatDateTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

bool normalizeValue(const Field &field, const Enumeration *enumeration, const QCborValue &in, QCborValue *out,
                    QString *error)
{
    if (in.isNull() || in.isUndefined()) {
        *out = QCborValue(QCborValue::Null);
        return true;
    }
    switch (field.type) {
    case FieldType::String:
    case FieldType::Text: {
        if (!in.isString()) {
            *error = Text::tr("must be a string");
            return false;
        }
        const QString s = in.toString();
        if (field.type == FieldType::String && s.size() > field.length) {
            *error = Text::tr("is %1 characters long; at most %2 are allowed").arg(s.size()).arg(field.length);
            return false;
        }
        *out = s;
        return true;
    }
    case FieldType::Integer:
        if (in.isInteger()) {
            *out = in;
            return checkMin(field, Decimal::fromUnits(in.toInteger(), 0), error);
        }
        if (in.isDouble() && std::trunc(in.toDouble()) == in.toDouble() && std::fabs(in.toDouble()) < 9.0e15) {
            *out = qint64(in.toDouble());
            return checkMin(field, Decimal::fromUnits(qint64(in.toDouble()), 0), error);
        }
        *error = Text::tr("must be a whole number");
        return false;
    case FieldType::Decimal:
    case FieldType::Money:
        return normalizeDecimal(field, in, out, error);
    case FieldType::Date: {
        const QDate d = in.isString() ? QDate::fromString(in.toString(), Qt::ISODate) : QDate();
        if (!d.isValid()) {
            *error = Text::tr("must be a date as YYYY-MM-DD");
            return false;
        }
        *out = d.toString(Qt::ISODate);
        return true;
    }
    case FieldType::DateTime: {
        QDateTime dt = in.isDateTime() ? in.toDateTime()
                       : in.isString() ? QDateTime::fromString(in.toString(), Qt::ISODateWithMs)
                                       : QDateTime();
        if (!dt.isValid() || in.toString().size() < 19) {
            *error = Text::tr("must be a date and time as YYYY-MM-DDTHH:MM:SSZ");
            return false;
        }
        *out = formatDateTime(dt);
        return true;
    }
    case FieldType::Boolean:
        if (!in.isBool()) {
            *error = Text::tr("must be true or false");
            return false;
        }
        *out = in;
        return true;
    case FieldType::Enum: {
        if (!in.isString() || !enumeration || !enumeration->contains(in.toString())) {
            QStringList names;
            if (enumeration)
                for (const EnumValue &v : enumeration->values)
                    names.append(v.name);
            *error = Text::tr("must be one of: %1").arg(names.join(QStringLiteral(", ")));
            return false;
        }
        *out = in;
        return true;
    }
    case FieldType::Ref:
        if (!in.isInteger() || in.toInteger() <= 0) {
            *error = Text::tr("must be the id (a positive integer) of a %1 object").arg(field.target);
            return false;
        }
        *out = in;
        return true;
    }
    *error = Text::tr("has an unsupported type");
    return false;
}

} // namespace erp::meta
