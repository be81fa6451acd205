#include "postinghelpers.h"

#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::core::posting {

namespace {

erp::Decimal orFail(const std::optional<erp::Decimal> &value, const QString &field)
{
    if (!value)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       QCoreApplication::translate("Posting", "%1: the amount is out of range").arg(field), field);
    return *value;
}

} // namespace

erp::Decimal decimal(const QCborValue &v, const QString &field)
{
    if (v.isNull() || v.isUndefined())
        return {};
    return orFail(v.isString() ? erp::Decimal::parse(v.toString()) : std::nullopt, field);
}

erp::Decimal plus(const erp::Decimal &a, const erp::Decimal &b, const QString &field)
{
    return orFail(a.plus(b), field);
}

erp::Decimal minus(const erp::Decimal &a, const erp::Decimal &b, const QString &field)
{
    return orFail(a.minus(b), field);
}

erp::Decimal times(const erp::Decimal &a, const erp::Decimal &b, int scale, const QString &field)
{
    return orFail(a.times(b, scale), field);
}

erp::Decimal dividedBy(const erp::Decimal &a, const erp::Decimal &b, int scale, const QString &field)
{
    if (b.isZero())
        return {};
    return orFail(a.dividedBy(b, scale), field);
}

erp::Decimal rescaled(const erp::Decimal &d, int scale, const QString &field)
{
    return orFail(d.rescaled(scale), field);
}

QString money(const erp::Decimal &d, const QString &field)
{
    return orFail(d.rescaled(4), field).toString();
}

} // namespace erp::core::posting
