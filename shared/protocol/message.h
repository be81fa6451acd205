#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QString>

namespace erp::protocol {

// Protocol versions this build speaks. Append-only history:
//   1: handshake, request/response, typed errors, server push of object changes.
constexpr int ProtocolVersion = 1;
constexpr int MinProtocolVersion = 1;

// Error codes are append-only: never renumber or reuse a value.
enum class ErrorCode : int {
    BadRequest = 1,          // the message is not a well-formed request
    UnknownMethod = 2,       // method not on the whitelist
    NotAuthenticated = 3,    // call needs a logged-in session
    Forbidden = 4,           // the user lacks the right the method requires
    Validation = 5,          // a value is wrong; "field" names it
    NotFound = 6,            // the object does not exist
    Conflict = 7,            // the object changed since the client read it
    Duplicate = 8,           // a unique value (code) is taken; "field" names it
    Internal = 9,            // server-side failure; details are in the server log
    IncompatibleVersion = 10,// handshake found no common protocol version
    FrameTooLarge = 11,      // length prefix above the server's maximum
    MalformedFrame = 12,     // body is not one well-formed CBOR item
    LoginFailed = 13,        // wrong user name or password
    Busy = 14,               // too many calls in flight on this connection
    Timeout = 15,            // peer too slow or idle
    Disabled = 16,           // the kind or method belongs to a functional option that is off
    Cancelled = 17,          // the caller cancelled the call (system.cancel)
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;

    QCborMap toCbor() const;
    static Error fromCbor(const QCborMap &map);
};

namespace key {
inline const QString Id = QStringLiteral("id");
inline const QString Method = QStringLiteral("method");
inline const QString Params = QStringLiteral("params");
inline const QString Result = QStringLiteral("result");
inline const QString Error = QStringLiteral("error");
inline const QString Event = QStringLiteral("event");
inline const QString Data = QStringLiteral("data");
inline const QString Hello = QStringLiteral("hello");
} // namespace key

QCborMap makeRequest(qint64 id, const QString &method, const QCborValue &params);
QCborMap makeResult(qint64 id, const QCborValue &result);
QCborMap makeError(qint64 id, const Error &error);
QCborMap makeEvent(const QString &event, const QCborValue &data);
// The client's first frame: the versions it speaks, its name and the language for messages.
QCborMap makeHello(const QString &client, const QString &language);

} // namespace erp::protocol
