#include "dealstages.h"

#include "core/dbdatasource.h"
#include "db/sqlvalue.h"
#include "dealslookup.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "rpc/method.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include "db/query.h"

namespace erp::crm {

namespace {

struct Visit
{
    QString stage;
    QDateTime entered;
    QDateTime left;
    QString user;
};

QDateTime utc(const QVariant &timestamp)
{
    const QDateTime local = timestamp.toDateTime();
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

} // namespace

QCborMap dealStages(erp::rpc::CallContext &ctx, qint64 deal)
{
    const QCborMap object = dealOf(ctx, deal);
    const erp::meta::Workflow *workflow = ctx.model.workflowOf(*ctx.model.kind(QStringLiteral("deals")));
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT TO_STATE, USER_LOGIN, MOVED_AT FROM ERP_WORKFLOW_HISTORY "
                                    "WHERE OBJECT_ID = ? ORDER BY ID"),
                     {qlonglong(deal)});
    QList<Visit> visits;
    while (q.next()) {
        const QString to = q.value(0).toString();
        const QDateTime at = utc(q.value(2));
        if (!visits.isEmpty() && visits.last().stage == to)
            continue; // the deletion mark taken off: still the same visit
        if (!visits.isEmpty())
            visits.last().left = at;
        visits.append({to, at, QDateTime(), q.value(1).toString()});
    }
    QHash<QString, QCborValue> expected;
    erp::core::DbDataSource data(ctx.db, ctx.model);
    const QCborValue type = object.value(QStringLiteral("deal_type"));
    if (type.isInteger())
        for (const QCborMap &s : data.sectionLines(QStringLiteral("deal_types"), type.toInteger(), QStringLiteral("stages")))
            expected.insert(s.value(QStringLiteral("stage")).toString(), s.value(QStringLiteral("expected_days")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCborArray rows;
    for (const Visit &v : std::as_const(visits)) {
        const qint64 seconds = qMax<qint64>(0, v.entered.secsTo(v.left.isValid() ? v.left : now));
        const QCborValue days = expected.value(v.stage, QCborValue(QCborValue::Null));
        QCborMap row;
        row.insert(QStringLiteral("stage"), v.stage);
        const erp::meta::WorkflowState *state = workflow->state(v.stage);
        row.insert(QStringLiteral("title"),
                   state ? QCoreApplication::translate("MetadataTitle", state->title.toUtf8().constData()) : v.stage);
        row.insert(QStringLiteral("entered_at"), erp::meta::formatDateTime(v.entered));
        row.insert(QStringLiteral("left_at"), v.left.isValid() ? QCborValue(erp::meta::formatDateTime(v.left))
                                                               : QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("user"), v.user);
        // Hours with two decimals, rounded half up (seconds are never negative).
        row.insert(QStringLiteral("hours"), erp::Decimal::fromUnits((seconds * 100 + 1800) / 3600, 2).toString());
        row.insert(QStringLiteral("expected_days"), days.isInteger() ? days : QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("over"), days.isInteger() && seconds > days.toInteger() * 86400);
        rows.append(row);
    }
    QCborMap out;
    out.insert(QStringLiteral("deal"), deal);
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

} // namespace erp::crm
