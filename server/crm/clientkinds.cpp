#include "clientkinds.h"

#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"

#include "db/query.h"
#include <QVariant>

namespace erp::crm {

namespace {

using erp::meta::Field;
using erp::meta::FieldType;
using erp::meta::ObjectKind;

// The first reference of `kind` to `target`.
const Field *referenceTo(const ObjectKind &kind, const QString &target)
{
    for (const Field &f : kind.fields)
        if (f.type == FieldType::Ref && f.target == target)
            return &f;
    return nullptr;
}

} // namespace

QList<HistoryKind> historyKinds(const erp::meta::Model &model)
{
    QList<HistoryKind> out;
    for (const ObjectKind &kind : model.kinds()) {
        if (!kind.isDocument())
            continue;
        HistoryKind h;
        h.kind = &kind;
        if (const Field *direct = referenceTo(kind, PartnerKind)) {
            h.column = direct->column();
        } else {
            for (const Field &f : kind.fields) {
                const ObjectKind *target = f.type == FieldType::Ref ? model.kind(f.target) : nullptr;
                const Field *up = target && target->timeline && !target->isDocument() ? referenceTo(*target, PartnerKind)
                                                                                      : nullptr;
                if (up) {
                    h.column = f.column();
                    h.through = target;
                    h.throughColumn = up->column();
                    break;
                }
            }
        }
        if (h.column.isEmpty())
            continue;
        const erp::meta::Workflow *w = model.workflowOf(kind);
        if (w && w->history && w->postedStates().isEmpty())
            for (const erp::meta::WorkflowTransition &t : w->transitions)
                if (!t.deletionMark.has_value())
                    h.stageTransitions.append(t.name);
        out.append(h);
    }
    return out;
}

QList<qint64> objectsOf(QSqlDatabase &db, const ObjectKind &catalog, const QString &column, qint64 partner)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT ID FROM %1 WHERE %2 = ? ORDER BY ID")
                         .arg(erp::db::quoteIdentifier(catalog.table), erp::db::quoteIdentifier(column)),
                     {qlonglong(partner)});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace erp::crm
