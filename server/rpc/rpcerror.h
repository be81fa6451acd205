#pragma once

#include "protocol/message.h"

#include <QString>

namespace erp::rpc {

// Thrown by method handlers; the dispatcher turns it into an error response and rolls back.
struct RpcError
{
    erp::protocol::ErrorCode code;
    QString message;
    QString field;

    erp::protocol::Error toError() const { return {code, message, field}; }
};

// Thrown when Firebird reports an update conflict or deadlock: the dispatcher retries the
// whole call in a fresh transaction when the method is marked as safe to retry.
struct TransientDbError
{
    QString message;
};

[[noreturn]] inline void fail(erp::protocol::ErrorCode code, const QString &message, const QString &field = {})
{
    throw RpcError{code, message, field};
}

} // namespace erp::rpc
