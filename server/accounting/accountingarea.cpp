#include "accountingarea.h"

#include "core/areas.h"
#include "db/sqlvalue.h"
#include "rpc/params.h"
#include "rpc/rpcerror.h"
#include "trialbalance.h"

#include <QCoreApplication>
#include "db/query.h"

namespace erp::accounting {

using erp::rpc::CallContext;
using erp::rpc::Param;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Accounting)
};

// The organization a report is asked for, or 0 (all) when none is given.
qint64 organizationParam(CallContext &ctx, const QCborMap &params)
{
    if (!params.contains(QStringLiteral("organization")))
        return 0;
    const qint64 id = params.value(QStringLiteral("organization")).toInteger();
    erp::db::Query q(ctx.db);
    erp::db::execute(q, QStringLiteral("SELECT 1 FROM CAT_ORGANIZATIONS WHERE ID = ?"), {qlonglong(id)});
    if (!q.next())
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("organization: there is no organization with id %1").arg(id),
                       QStringLiteral("organization"));
    return id;
}

QCborMap trialBalanceAnswer(CallContext &ctx, const QCborMap &params)
{
    const QDateTime from = erp::rpc::momentParam(params, QStringLiteral("from"), erp::rpc::beginningOfTime());
    const QDateTime to = erp::rpc::momentParam(params, QStringLiteral("to"), erp::rpc::endOfTime());
    return trialBalance(ctx.db, ctx.user, ctx.model, from, to, organizationParam(ctx, params));
}

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    const QList<Param> params{Param::moment(QStringLiteral("from")), Param::moment(QStringLiteral("to")),
                              Param::integer(QStringLiteral("organization"), 1)};
    areas.addMethod(
        {QStringLiteral("report.trialBalance"), QStringLiteral("read"),
         QStringLiteral(
             "Debit and credit turnovers per account: {from?, to?, organization?} -> {rows, debit, credit}."),
         erp::rpc::Access::Read, trialBalanceAnswer, params});
    using erp::core::ReportColumnType;
    areas.addReport(
        {QStringLiteral("trial_balance"), QT_TRANSLATE_NOOP("Reports", "Trial balance"), QStringLiteral("accounting"),
         QStringLiteral("read"), {},
         {{params[0], QT_TRANSLATE_NOOP("Reports", "From")},
          {params[1], QT_TRANSLATE_NOOP("Reports", "To"), {}, true},
          {params[2], QT_TRANSLATE_NOOP("Reports", "Organization"), QStringLiteral("organizations")}},
         {{QStringLiteral("account"), QT_TRANSLATE_NOOP("Reports", "Account")},
          {QStringLiteral("name"), QT_TRANSLATE_NOOP("Reports", "Name")},
          {QStringLiteral("debit"), QT_TRANSLATE_NOOP("Reports", "Debit"), ReportColumnType::Money, {}, true},
          {QStringLiteral("credit"), QT_TRANSLATE_NOOP("Reports", "Credit"), ReportColumnType::Money, {}, true}},
         std::nullopt,
         [](CallContext &ctx, const QCborMap &p) { return erp::core::reportOutputOf(trialBalanceAnswer(ctx, p)); }});
}

} // namespace erp::accounting
