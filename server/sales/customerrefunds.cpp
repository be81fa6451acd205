#include "customerrefunds.h"

#include "accounting/chartofaccounts.h"
#include "salespostings.h"
#include "settlementcontrol.h"
#include "trade/tradelines.h"

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::PostingContext;
namespace account = erp::accounting::account;

void postCustomerRefund(PostingContext &ctx)
{
    controlRefund(ctx);
    postPayment(ctx, {QStringLiteral("settlements"), +1, QStringLiteral("sales_invoices"), QStringLiteral("invoice"),
                      account::Customers, false});
}

} // namespace erp::sales
