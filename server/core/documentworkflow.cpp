#include "documentstore.h"

#include "access.h"
#include "areas.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "dbdatasource.h"
#include "metadata/model.h"
#include "objectwriter.h"
#include "rpc/rpcerror.h"
#include "user.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

#include <algorithm>

// The workflow side of documents: transitions (checked, run, listed), their history and the
// checklists of states. The saving side is documentstore.cpp.
namespace erp::core {

using erp::db::execute;
using erp::db::quoteIdentifier;
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;
using erp::rpc::fail;
namespace sys = erp::meta::system;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

} // namespace

const erp::meta::WorkflowTransition &DocumentStore::transitionOf(const ObjectKind &kind, const QString &name) const
{
    const erp::meta::Workflow &workflow = *m_model.workflowOf(kind);
    const erp::meta::WorkflowTransition *t = workflow.transition(name);
    if (!t)
        fail(ErrorCode::Validation,
             Text::tr("transition: the workflow of %1 has no transition \"%2\"").arg(kind.name, name),
             QStringLiteral("transition"));
    return *t;
}

// Whether a transition may run now: the right it needs, the deletion mark, the state it may
// start in, the fields it needs filled, the area's guard and the leaving state's checklist.
// Throws RpcError naming what stops it; changes nothing.
void DocumentStore::check(const ObjectKind &kind, qint64 id, const Current &current,
                          const erp::meta::WorkflowTransition &t)
{
    const erp::meta::Workflow &workflow = *m_model.workflowOf(kind);
    auto title = [](const QString &english) {
        return QCoreApplication::translate("MetadataTitle", english.toUtf8().constData());
    };
    if (!t.right.isEmpty() && !m_user.has(t.right))
        fail(ErrorCode::Forbidden, Text::tr("%1 needs the right \"%2\"").arg(title(t.title), t.right));
    if (current.deleted && t.deletionMark != false)
        fail(ErrorCode::Validation, Text::tr("the document is marked for deletion; remove the mark first"),
             sys::Deleted);
    if (!t.from.contains(current.status))
        fail(ErrorCode::Validation,
             Text::tr("transition: \"%1\" is not possible from the state \"%2\"")
                 .arg(title(t.title), title(workflow.state(current.status)->title)),
             QStringLiteral("transition"));
    DbDataSource data(m_db, m_model);
    QStringList needed = t.requiredFields + kind.transitionRequires.value(t.name);
    for (const QString &name : std::as_const(needed)) {
        const QCborValue v = data.field(kind.name, id, name);
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            fail(ErrorCode::Validation, Text::tr("%1: must be filled before \"%2\"").arg(name, title(t.title)), name);
    }
    if (!t.guard.isEmpty()) {
        GuardContext guard{data, kind.name, id, m_reader.readObject(kind, id), t.name, current.status, t.to};
        m_areas.guard(t.guard)(guard);
    }
    const erp::meta::WorkflowState &from = *workflow.state(current.status);
    if (t.to != current.status)
        for (const QCborValue &a : checklist(kind, id, current.status, t.name)) {
            const QCborMap item = a.toMap();
            if (item.value(QStringLiteral("required")).toBool() && !item.value(QStringLiteral("done")).toBool())
                fail(ErrorCode::Validation,
                     Text::tr("actions: \"%1\" must be done before leaving \"%2\"")
                         .arg(item.value(QStringLiteral("title")).toString(), title(from.title)),
                     QStringLiteral("actions"));
        }
}

// One transition of the kind's workflow, checked first (check above); then movements are
// written (into a posted state) or taken back (out of one), and the kind's effects run.
void DocumentStore::run(const ObjectKind &kind, qint64 id, const Current &current,
                        const erp::meta::WorkflowTransition &t)
{
    check(kind, id, current, t);
    const erp::meta::Workflow &workflow = *m_model.workflowOf(kind);
    const erp::meta::WorkflowState &from = *workflow.state(current.status);
    DbDataSource data(m_db, m_model);
    const bool wasPosted = from.posted && !current.deleted;
    const bool deleted = t.deletionMark.value_or(current.deleted);
    if (workflow.state(t.to)->posted && !deleted)
        writePosting(kind, id);
    else if (wasPosted)
        removePosting(kind, id);
    erp::db::Query q(m_db);
    execute(q, QStringLiteral("UPDATE %1 SET STATUS = ?, DELETED = ? WHERE ID = ?").arg(quoteIdentifier(kind.table)),
            {t.to, deleted, qlonglong(id)});
    recordHistory(kind, id, t.name, current.status, t.to);
    for (TransitionEffect effect : m_areas.transitionEffects(kind.name)) {
        TransitionContext context{*this, data, kind.name, id, t.name, current.status, t.to};
        effect(context);
    }
}

QCborMap DocumentStore::transitions(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, false);
    const qint64 id = requiredId(params);
    const RowFilter visible = AccessPolicy::rowFilter(m_user, kind);
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral("SELECT t.ROW_VERSION, t.STATUS, t.DELETED FROM %1 t WHERE t.ID = ?%2")
                .arg(quoteIdentifier(kind.table), visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
            QVariantList{qlonglong(id)} + visible.binds);
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("there is no %1 document with id %2").arg(kind.name).arg(id), sys::Id);
    const Current current{q.value(0).toInt(), q.value(1).toString(), q.value(2).toBool()};
    const bool writable = AccessPolicy::canWrite(m_user, kind);
    QCborArray out;
    for (const erp::meta::WorkflowTransition &t : m_model.workflowOf(kind)->transitions) {
        QCborMap row;
        row.insert(QStringLiteral("name"), t.name);
        row.insert(QStringLiteral("title"), QCoreApplication::translate("MetadataTitle", t.title.toUtf8().constData()));
        QString reason;
        QString field;
        if (!writable)
            reason = Text::tr("you may not change %1").arg(kind.name);
        else
            try {
                check(kind, id, current, t);
            } catch (const erp::rpc::RpcError &e) {
                if (e.code != ErrorCode::Validation && e.code != ErrorCode::Forbidden)
                    throw;
                reason = e.message;
                field = e.field;
            }
        row.insert(QStringLiteral("allowed"), reason.isEmpty());
        if (!reason.isEmpty())
            row.insert(QStringLiteral("reason"), reason);
        if (!field.isEmpty())
            row.insert(QStringLiteral("field"), field);
        out.append(row);
    }
    QCborMap result;
    result.insert(QStringLiteral("transitions"), out);
    return result;
}

void DocumentStore::recordHistory(const ObjectKind &kind, qint64 id, const QString &transition, const QString &from,
                                  const QString &to)
{
    if (!m_model.workflowOf(kind)->history)
        return;
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral(
                "INSERT INTO ERP_WORKFLOW_HISTORY (ID, OBJECT_KIND, OBJECT_ID, TRANSITION, FROM_STATE, TO_STATE, "
                "USER_ID, USER_LOGIN, MOVED_AT) VALUES (NEXT VALUE FOR SEQ_OBJECT_ID, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {kind.name, qlonglong(id), transition, from.isEmpty() ? QVariant() : QVariant(from), to,
             qlonglong(m_user.id), m_user.login, nowUtc()});
}

QCborMap DocumentStore::transition(const QCborMap &params)
{
    const QCborValue name = params.value(QStringLiteral("transition"));
    if (!name.isString())
        fail(ErrorCode::Validation, Text::tr("transition: the name of a transition is required"),
             QStringLiteral("transition"));
    return transition(params, name.toString());
}

QCborMap DocumentStore::transition(const QCborMap &params, const QString &name)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    const erp::meta::WorkflowTransition &t = transitionOf(kind, name);
    const Current current = lock(kind, id, version);
    run(kind, id, current, t);
    m_events->push_back({kind.name, id, version + 1, t.name});
    return m_reader.readObject(kind, id);
}

QCborMap DocumentStore::setDeleted(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const QCborValue deletedParam = params.value(sys::Deleted);
    if (!deletedParam.isUndefined() && !deletedParam.isBool())
        fail(ErrorCode::Validation, Text::tr("deleted: must be true or false"), sys::Deleted);
    const bool deleted = deletedParam.isBool() ? deletedParam.toBool() : true;
    for (const erp::meta::WorkflowTransition &t : m_model.workflowOf(kind)->transitions)
        if (t.deletionMark == deleted)
            return transition(params, t.name);
    fail(ErrorCode::Validation, Text::tr("deleted: the workflow of %1 has no deletion mark").arg(kind.name),
         sys::Deleted);
}

QCborArray DocumentStore::checklist(const ObjectKind &kind, qint64 id, const QString &state,
                                    const QString &transition)
{
    QCborArray out;
    QList<ChecklistItem> items;
    if (const ChecklistFunction area = m_areas.checklist(kind.name)) {
        DbDataSource data(m_db, m_model);
        ChecklistContext ctx{data, kind.name, id, state, transition};
        items = area(ctx);
    } else if (const erp::meta::WorkflowState *s = m_model.workflowOf(kind)->state(state)) {
        for (const erp::meta::WorkflowAction &a : s->actions)
            items.append({a.name, QCoreApplication::translate("MetadataTitle", a.title.toUtf8().constData()), true});
    }
    if (items.isEmpty())
        return out;
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral(
                "SELECT ACTION_NAME, USER_LOGIN, DONE_AT FROM ERP_WORKFLOW_ACTIONS WHERE OBJECT_ID = ? AND STATE = ?"),
            {qlonglong(id), state});
    QHash<QString, std::pair<QString, QCborValue>> done;
    while (q.next())
        done.insert(q.value(0).toString(), {q.value(1).toString(), erp::db::timestampToCbor(q.value(2))});
    for (const ChecklistItem &a : std::as_const(items)) {
        QCborMap item;
        item.insert(QStringLiteral("name"), a.name);
        item.insert(QStringLiteral("title"), a.title);
        item.insert(QStringLiteral("required"), a.required);
        item.insert(QStringLiteral("done"), done.contains(a.name));
        if (done.contains(a.name)) {
            item.insert(QStringLiteral("user"), done.value(a.name).first);
            item.insert(QStringLiteral("at"), done.value(a.name).second);
        }
        out.append(item);
    }
    return out;
}

QCborMap DocumentStore::completeAction(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const qint64 id = requiredId(params);
    const QCborValue action = params.value(QStringLiteral("action"));
    if (!action.isString())
        fail(ErrorCode::Validation, Text::tr("action: the name of an action is required"), QStringLiteral("action"));
    m_reader.requireVisible(kind, id);
    const QString state = DbDataSource(m_db, m_model).field(kind.name, id, sys::Status).toString();
    const QCborArray actions = checklist(kind, id, state);
    if (std::none_of(actions.cbegin(), actions.cend(), [&](const QCborValue &a) {
            return a.toMap().value(QStringLiteral("name")).toString() == action.toString();
        }))
        fail(ErrorCode::Validation,
             Text::tr("action: the state \"%1\" has no action \"%2\"").arg(state, action.toString()),
             QStringLiteral("action"));
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral(
                "UPDATE OR INSERT INTO ERP_WORKFLOW_ACTIONS (OBJECT_ID, STATE, ACTION_NAME, USER_LOGIN, DONE_AT) "
                "VALUES (?, ?, ?, ?, ?) MATCHING (OBJECT_ID, STATE, ACTION_NAME)"),
            {qlonglong(id), state, action.toString(), m_user.login, nowUtc()});
    QCborMap out;
    out.insert(QStringLiteral("state"), state);
    out.insert(QStringLiteral("actions"), checklist(kind, id, state));
    return out;
}

QCborMap DocumentStore::history(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, false);
    const qint64 id = requiredId(params);
    m_reader.requireVisible(kind, id);
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT TRANSITION, FROM_STATE, TO_STATE, USER_LOGIN, MOVED_AT FROM ERP_WORKFLOW_HISTORY "
                           "WHERE OBJECT_ID = ? ORDER BY ID"),
            {qlonglong(id)});
    QCborArray rows;
    while (q.next()) {
        QCborMap row;
        const QString transition = q.value(0).toString();
        const erp::meta::WorkflowTransition *t = m_model.workflowOf(kind)->transition(transition);
        row.insert(QStringLiteral("transition"), transition);
        row.insert(QStringLiteral("title"), t ? QCoreApplication::translate("MetadataTitle", t->title.toUtf8().constData())
                                              : transition == QLatin1String("create") ? Text::tr("Created")
                                                                                      : transition);
        row.insert(QStringLiteral("from"),
                   q.value(1).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(1).toString()));
        row.insert(QStringLiteral("to"), q.value(2).toString());
        row.insert(QStringLiteral("user"), q.value(3).toString());
        row.insert(QStringLiteral("at"), erp::db::timestampToCbor(q.value(4)));
        rows.append(row);
    }
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("actions"),
               checklist(kind, id, DbDataSource(m_db, m_model).field(kind.name, id, sys::Status).toString()));
    return out;
}

} // namespace erp::core
