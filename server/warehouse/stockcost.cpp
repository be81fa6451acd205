#include "stockcost.h"

#include "core/postinghelpers.h"

namespace erp::warehouse {

using namespace erp::core::posting;

erp::Decimal averageStockCost(erp::core::PostingContext &ctx, const QCborMap &where, const erp::Decimal &quantity)
{
    const erp::core::Balance balance = ctx.data.balance(QStringLiteral("stock"), where);
    const erp::Decimal onHand = balance.value(QStringLiteral("quantity"));
    const erp::Decimal value = balance.value(QStringLiteral("cost"));
    if (quantity >= onHand)
        return value;
    if (onHand.isZero() || onHand.isNegative())
        return erp::Decimal();
    return times(dividedBy(value, onHand, 10, QStringLiteral("cost")), quantity, 4, QStringLiteral("cost"));
}

} // namespace erp::warehouse
