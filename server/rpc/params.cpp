#include "params.h"

#include "rpcerror.h"

#include <QCborMap>
#include <QCoreApplication>

namespace erp::rpc {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Parameters)
};

} // namespace

QDateTime momentParam(const QCborMap &params, const QString &name, const QDateTime &fallback)
{
    if (!params.contains(name))
        return fallback;
    const QDateTime t = QDateTime::fromString(params.value(name).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        fail(erp::protocol::ErrorCode::Validation, Text::tr("%1: a date and time as YYYY-MM-DDTHH:MM:SSZ is required").arg(name), name);
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
