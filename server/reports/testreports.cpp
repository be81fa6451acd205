#include "testreports.h"

#include "core/areas.h"
#include "db/sqlvalue.h"
#include "rpc/callcontrol.h"

#include <QCborArray>
#include "db/query.h"

#include <thread>

namespace erp::reports {

using erp::core::ReportColumn;
using erp::core::ReportColumnType;
using erp::core::ReportOutput;
using erp::core::ReportParameter;
using erp::rpc::Param;

namespace {

ReportOutput slowReport(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const qint64 steps = params.value(QStringLiteral("steps")).toInteger(10);
    const qint64 stepMs = params.value(QStringLiteral("stepMs")).toInteger(10);
    erp::rpc::CallControl &control = ctx.control();
    ReportOutput out;
    for (qint64 i = 0; i < steps; ++i) {
        control.check();
        control.progress(i, steps, QStringLiteral("steps"));
        std::this_thread::sleep_for(std::chrono::milliseconds(stepMs));
        out.rows.append(QCborMap{{QStringLiteral("step"), i + 1}});
    }
    if (params.value(QStringLiteral("heavy")).toBool()) {
        // Past the progress interval, so that this stage is sent before the statement starts.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        control.progress(steps, steps, QStringLiteral("query"));
        erp::db::Query q(ctx.db);
        q.setForwardOnly(true);
        // No check() from here: only Firebird can stop it.
        erp::db::execute(q, QStringLiteral("SELECT COUNT(*) FROM RDB$RELATION_FIELDS a CROSS JOIN RDB$RELATION_FIELDS b "
                                           "CROSS JOIN RDB$RELATION_FIELDS c"));
        if (!q.next())
            erp::db::throwIfFetchFailed(q);
        out.totals.insert(QStringLiteral("combinations"), q.value(0).toLongLong());
    }
    out.totals.insert(QStringLiteral("step"), qint64(out.rows.size()));
    return out;
}

} // namespace

void registerTestReports(erp::core::AreaRegistry &areas)
{
    areas.addReport({QStringLiteral("test_slow"), "Slow test report", QStringLiteral("reports"), QStringLiteral("read"),
                     {},
                     {{Param::integer(QStringLiteral("steps"), 0, 1000000), "Steps"},
                      {Param::integer(QStringLiteral("stepMs"), 0, 10000), "Milliseconds per step"},
                      {Param::boolean(QStringLiteral("heavy")), "Heavy statement"}},
                     {{QStringLiteral("step"), "Step", ReportColumnType::Integer, {}, true}},
                     std::nullopt, slowReport});
}

} // namespace erp::reports
