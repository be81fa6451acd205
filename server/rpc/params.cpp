#include "params.h"

#include "metadata/fieldvalue.h"
#include "rpcerror.h"

#include <QCborMap>
#include <QCoreApplication>

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Parameters)
};

Param declare(const QString &name, ParamType type)
{
    Param p;
    p.name = name;
    p.type = type;
    return p;
}

bool isMoment(const QCborValue &v)
{
    return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
}

[[noreturn]] void invalid(const Param &p, const QString &message)
{
    fail(ErrorCode::Validation, message, p.name);
}

// The value of one declared parameter that is present, checked; integers come back canonical.
QCborValue checked(const Param &p, const QCborValue &v)
{
    if (v.isNull() && p.nullable)
        return v;
    switch (p.type) {
    case ParamType::String: {
        if (!v.isString())
            invalid(p, Text::tr("%1: must be a string").arg(p.name));
        const QString s = v.toString();
        if (p.required && s.isEmpty())
            invalid(p, Text::tr("%1: a value is required").arg(p.name));
        const qsizetype length = erp::meta::characterCount(s);
        if (p.maxLength > 0 && length > p.maxLength)
            invalid(p, Text::tr("%1: is %2 characters long; at most %3 are allowed")
                           .arg(p.name)
                           .arg(length)
                           .arg(p.maxLength));
        if (!p.oneOf.isEmpty() && !p.oneOf.contains(s))
            invalid(p, Text::tr("%1: must be one of: %2").arg(p.name, p.oneOf.join(QStringLiteral(", "))));
        return v;
    }
    case ParamType::Integer: {
        qint64 n = 0;
        QString error;
        if (!erp::meta::exactInteger(v, &n, &error))
            invalid(p, QStringLiteral("%1: %2").arg(p.name, error));
        constexpr qint64 Lowest = std::numeric_limits<qint64>::min();
        constexpr qint64 Highest = std::numeric_limits<qint64>::max();
        if (n < p.min || n > p.max) {
            if (p.min != Lowest && p.max != Highest)
                invalid(p, Text::tr("%1: must be between %2 and %3").arg(p.name).arg(p.min).arg(p.max));
            if (p.min != Lowest)
                invalid(p, Text::tr("%1: must be at least %2").arg(p.name).arg(p.min));
            invalid(p, Text::tr("%1: must be at most %2").arg(p.name).arg(p.max));
        }
        return n;
    }
    case ParamType::Boolean:
        if (!v.isBool())
            invalid(p, Text::tr("%1: must be true or false").arg(p.name));
        return v;
    case ParamType::Map:
        if (!v.isMap())
            invalid(p, Text::tr("%1: must be a map").arg(p.name));
        return v;
    case ParamType::Array:
        if (!v.isArray())
            invalid(p, Text::tr("%1: must be an array").arg(p.name));
        return v;
    case ParamType::Moment:
        if (!isMoment(v))
            invalid(p, Text::tr("%1: a date and time as YYYY-MM-DDTHH:MM:SSZ is required").arg(p.name));
        return v;
    case ParamType::Any:
        return v;
    }
    return v;
}

} // namespace

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::String:
        return QStringLiteral("string");
    case ParamType::Integer:
        return QStringLiteral("integer");
    case ParamType::Boolean:
        return QStringLiteral("boolean");
    case ParamType::Map:
        return QStringLiteral("map");
    case ParamType::Array:
        return QStringLiteral("array");
    case ParamType::Moment:
        return QStringLiteral("datetime");
    case ParamType::Any:
        return QStringLiteral("any");
    }
    return QStringLiteral("any");
}

Param Param::string(const QString &name, qsizetype maxLength)
{
    Param p = declare(name, ParamType::String);
    p.maxLength = maxLength;
    return p;
}

Param Param::choice(const QString &name, const QStringList &values)
{
    Param p = declare(name, ParamType::String);
    for (const QString &v : values)
        p.maxLength = std::max(p.maxLength, erp::meta::characterCount(v));
    p.oneOf = values;
    return p;
}

Param Param::integer(const QString &name, qint64 min, qint64 max)
{
    Param p = declare(name, ParamType::Integer);
    p.min = min;
    p.max = max;
    return p;
}

Param Param::boolean(const QString &name)
{
    return declare(name, ParamType::Boolean);
}

Param Param::map(const QString &name)
{
    return declare(name, ParamType::Map);
}

Param Param::array(const QString &name)
{
    return declare(name, ParamType::Array);
}

Param Param::moment(const QString &name)
{
    return declare(name, ParamType::Moment);
}

Param Param::require() const
{
    Param p = *this;
    p.required = true;
    return p;
}

Param Param::allowNull() const
{
    Param p = *this;
    p.nullable = true;
    return p;
}

Param kindParam()
{
    return Param::string(QStringLiteral("kind"), MaxNameLength).require();
}

Param idParam()
{
    return Param::integer(QStringLiteral("id"), 1).require();
}

Param versionParam()
{
    return Param::integer(QStringLiteral("version"), 1, std::numeric_limits<int>::max()).require();
}

QCborMap checkParams(const Method &method, const QCborMap &params)
{
    auto declared = [&](const QString &name) -> const Param * {
        for (const Param &p : method.params)
            if (p.name == name)
                return &p;
        return nullptr;
    };
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!it.key().isString())
            fail(ErrorCode::BadRequest, Text::tr("params: the names of parameters are strings"),
                 QStringLiteral("params"));
        const QString name = it.key().toString();
        if (!declared(name))
            fail(ErrorCode::BadRequest, Text::tr("%1: %2 has no such parameter").arg(name, method.name), name);
    }
    QCborMap out = params;
    for (const Param &p : method.params) {
        const QCborValue v = params.value(p.name);
        if (v.isUndefined()) {
            if (p.required)
                invalid(p, Text::tr("%1: a value is required").arg(p.name));
            continue;
        }
        out.insert(p.name, checked(p, v));
    }
    return out;
}

QDateTime momentParam(const QCborMap &params, const QString &name, const QDateTime &fallback)
{
    if (!params.contains(name))
        return fallback;
    const QDateTime t = QDateTime::fromString(params.value(name).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        fail(ErrorCode::Validation, Text::tr("%1: a date and time as YYYY-MM-DDTHH:MM:SSZ is required").arg(name),
             name);
    return t;
}

QDateTime beginningOfTime()
{
    return QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
}

QDateTime endOfTime()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
}

} // namespace erp::rpc
