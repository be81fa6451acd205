#include "fieldvalue.h"

#include "decimal.h"
#include "field.h"
#include "model.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <limits>

namespace erp::meta {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldValue)
};

bool isBignum(const QCborValue &v)
{
    return v.isTag() &&
           (v.tag() == QCborTag(QCborKnownTags::PositiveBignum) || v.tag() == QCborTag(QCborKnownTags::NegativeBignum));
}

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

qsizetype characterCount(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++n)
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    return n;
}

bool exactInteger(const QCborValue &in, qint64 *out, QString *error)
{
    constexpr double TwoTo53 = 9007199254740992.0; // beyond it doubles skip integers
    constexpr double TwoTo63 = 9223372036854775808.0;
    if (in.isInteger()) {
        *out = in.toInteger();
        return true;
    }
    if (in.isDouble()) {
        const double d = in.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d) {
            *error = Text::tr("must be a whole number");
            return false;
        }
        if (std::fabs(d) >= TwoTo63) {
            *error = Text::tr("is outside the range of 64-bit integers");
            return false;
        }
        if (std::fabs(d) > TwoTo53) {
            *error = Text::tr("is too large to be exact as a floating-point number; send it as an integer");
            return false;
        }
        *out = qint64(d);
        return true;
    }
    if (isBignum(in)) {
        // A bignum: big-endian magnitude n (negative ones stand for -1 - n).
        const QByteArray bytes = in.taggedValue().toByteArray();
        quint64 n = 0;
        bool fits = true;
        for (const char c : bytes) {
            if (n >> 56) {
                fits = false;
                break;
            }
            n = (n << 8) | quint8(c);
        }
        if (fits && n <= quint64(std::numeric_limits<qint64>::max())) {
            *out = in.tag() == QCborTag(QCborKnownTags::PositiveBignum) ? qint64(n) : -1 - qint64(n);
            return true;
        }
        *error = Text::tr("is outside the range of 64-bit integers");
        return false;
    }
    *error = Text::tr("must be a whole number");
    return false;
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
        const qsizetype length = characterCount(s);
        if (field.type == FieldType::String && length > field.length) {
            *error = Text::tr("is %1 characters long; at most %2 are allowed").arg(length).arg(field.length);
            return false;
        }
        *out = s;
        return true;
    }
    case FieldType::Integer: {
        qint64 n = 0;
        if (!exactInteger(in, &n, error))
            return false;
        *out = n;
        return checkMin(field, Decimal::fromUnits(n, 0), error);
    }
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
    case FieldType::Ref: {
        // A number beyond 64 bits says so; anything else that is not a positive id gets one message.
        qint64 id = 0;
        const bool number = in.isInteger() || in.isDouble() || isBignum(in);
        if (number && !exactInteger(in, &id, error))
            return false;
        if (!number || id <= 0) {
            *error = Text::tr("must be the id (a positive integer) of a %1 object").arg(field.target);
            return false;
        }
        *out = id;
        return true;
    }
    }
    *error = Text::tr("has an unsupported type");
    return false;
}

} // namespace erp::meta
