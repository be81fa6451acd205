#include "message.h"

#include <QCborArray>

namespace erp::protocol {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest: return QStringLiteral("BadRequest");
    case ErrorCode::UnknownMethod: return QStringLiteral("UnknownMethod");
    case ErrorCode::NotAuthenticated: return QStringLiteral("NotAuthenticated");
    case ErrorCode::Forbidden: return QStringLiteral("Forbidden");
    case ErrorCode::Validation: return QStringLiteral("Validation");
    case ErrorCode::NotFound: return QStringLiteral("NotFound");
    case ErrorCode::Conflict: return QStringLiteral("Conflict");
    case ErrorCode::Duplicate: return QStringLiteral("Duplicate");
    case ErrorCode::Internal: return QStringLiteral("Internal");
    case ErrorCode::IncompatibleVersion: return QStringLiteral("IncompatibleVersion");
    case ErrorCode::FrameTooLarge: return QStringLiteral("FrameTooLarge");
    case ErrorCode::MalformedFrame: return QStringLiteral("MalformedFrame");
    case ErrorCode::LoginFailed: return QStringLiteral("LoginFailed");
    case ErrorCode::Busy: return QStringLiteral("Busy");
    case ErrorCode::Timeout: return QStringLiteral("Timeout");
    case ErrorCode::Disabled: return QStringLiteral("Disabled");
    case ErrorCode::Cancelled: return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Error%1").arg(int(code));
}

QCborMap Error::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("code"), int(code));
    map.insert(QStringLiteral("message"), message);
    if (!field.isEmpty())
        map.insert(QStringLiteral("field"), field);
    return map;
}

Error Error::fromCbor(const QCborMap &map)
{
    Error e;
    e.code = ErrorCode(map.value(QStringLiteral("code")).toInteger(int(ErrorCode::Internal)));
    e.message = map.value(QStringLiteral("message")).toString();
    e.field = map.value(QStringLiteral("field")).toString();
    return e;
}

QCborMap makeRequest(qint64 id, const QString &method, const QCborValue &params)
{
    QCborMap m;
    m.insert(key::Id, id);
    m.insert(key::Method, method);
    m.insert(key::Params, params);
    return m;
}

QCborMap makeResult(qint64 id, const QCborValue &result)
{
    QCborMap m;
    m.insert(key::Id, id);
    m.insert(key::Result, result);
    return m;
}

QCborMap makeError(qint64 id, const Error &error)
{
    QCborMap m;
    m.insert(key::Id, id);
    m.insert(key::Error, error.toCbor());
    return m;
}

QCborMap makeEvent(const QString &event, const QCborValue &data)
{
    QCborMap m;
    m.insert(key::Event, event);
    m.insert(key::Data, data);
    return m;
}

QCborMap makeHello(const QString &client, const QString &language)
{
    QCborMap offer;
    offer.insert(QStringLiteral("versions"), QCborArray{ProtocolVersion});
    offer.insert(QStringLiteral("client"), client);
    offer.insert(QStringLiteral("language"), language);
    QCborMap hello;
    hello.insert(key::Hello, offer);
    return hello;
}

} // namespace erp::protocol
