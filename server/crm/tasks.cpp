#include "tasks.h"

#include "core/datasource.h"
#include "core/posting.h"
#include "interactions.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QDateTime>

namespace erp::crm {

using erp::protocol::ErrorCode;
using erp::rpc::fail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm)
};

QDateTime moment(const QCborValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

void recalculateTask(erp::core::RecalcContext &ctx)
{
    QCborMap &doc = ctx.document;
    const QString assignee = QStringLiteral("assignee"), role = QStringLiteral("assignee_role");
    const bool forUser = doc.value(assignee).isInteger();
    const bool forRole = doc.value(role).isString() && !doc.value(role).toString().isEmpty();
    if (forUser && forRole)
        fail(ErrorCode::Validation,
             Text::tr("assignee: a task is for a user (assignee) or for a role (assignee_role), not both; clear one "
                      "of them"),
             assignee);
    if (!forUser && !forRole && doc.contains(assignee) && ctx.user > 0)
        doc.insert(assignee, ctx.user);

    const QDateTime due = moment(doc.value(QStringLiteral("due_at")));
    const QDateTime remind = moment(doc.value(QStringLiteral("remind_at")));
    if (due.isValid() && remind.isValid() && remind > due)
        fail(ErrorCode::Validation,
             Text::tr("remind_at: the reminder (%1) is after the due moment (%2)")
                 .arg(remind.toUTC().toString(Qt::ISODate), due.toUTC().toString(Qt::ISODate)),
             QStringLiteral("remind_at"));

    requireOfPartner(ctx.data, doc, QStringLiteral("deal"), QStringLiteral("deals"), true);
    requireOfPartner(ctx.data, doc, QStringLiteral("interaction"), QStringLiteral("interactions"), true);
}

} // namespace erp::crm
