#include "analyticsparams.h"

namespace erp::reports {

MonthSpan analyticsSpan(const QCborMap &params)
{
    const QDateTime to = periodTo(params);
    const MonthSpan span = monthSpan(periodFrom(params, to), to);
    if (span.months <= 0)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation, AnalyticsText::tr("to: must not be before from"),
                       QStringLiteral("to"));
    return span;
}

} // namespace erp::reports
