#include "accountingarea.h"

#include "core/areas.h"
#include "rpc/params.h"
#include "trialbalance.h"

namespace erp::accounting {

using erp::rpc::CallContext;

void registerArea(erp::core::AreaRegistry &areas)
{
    areas.addMethod(
        {QStringLiteral("report.trialBalance"), QStringLiteral("read"),
         QStringLiteral(
             "Debit and credit turnovers per account: {from?, to?, organization?} -> {rows, debit, credit}."),
         erp::rpc::Access::Read, [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QDateTime from = erp::rpc::momentParam(params, QStringLiteral("from"), erp::rpc::beginningOfTime());
             const QDateTime to = erp::rpc::momentParam(params, QStringLiteral("to"), erp::rpc::endOfTime());
             return trialBalance(ctx.db, ctx.user, ctx.model, from, to,
                                 params.value(QStringLiteral("organization")).toInteger(0));
         }});
}

} // namespace erp::accounting
