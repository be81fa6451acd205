#include "relateddocuments.h"

#include "access.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"

#include <QCborArray>
#include "db/query.h"

namespace erp::core {

QCborMap relatedDocuments(QSqlDatabase &db, const erp::meta::Model &model, const UserInfo &user,
                          const erp::meta::ObjectKind &self, qint64 id)
{
    QCborArray found;
    const QString kind = self.name;
    // Only what the user may read: kinds by their rights, rows by the row filter.
    auto add = [&](const erp::meta::ObjectKind &k, const QString &condition, qint64 value) {
        if (!AccessPolicy::canRead(user, k))
            return;
        const RowFilter filter = AccessPolicy::rowFilter(user, k);
        erp::db::Query q(db);
        q.setForwardOnly(true);
        erp::db::execute(
            q,
            QStringLiteral("SELECT t.ID, t.NUMBER, t.DOC_DATE, t.STATUS FROM %1 t WHERE %2%3 ORDER BY t.DOC_DATE, t.ID")
                .arg(erp::db::quoteIdentifier(k.table), condition,
                     filter.sql.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(filter.sql)),
            QVariantList{qlonglong(value)} + filter.binds);
        while (q.next()) {
            QCborMap doc;
            doc.insert(QStringLiteral("kind"), k.name);
            doc.insert(QStringLiteral("id"), qint64(q.value(0).toLongLong()));
            doc.insert(QStringLiteral("number"), q.value(1).toString());
            doc.insert(QStringLiteral("date"), erp::db::timestampToCbor(q.value(2)));
            doc.insert(QStringLiteral("status"), q.value(3).toString());
            if (!found.contains(doc))
                found.append(doc);
        }
    };
    // Backwards: documents whose header or lines refer to this one.
    for (const erp::meta::ObjectKind &k : model.kinds()) {
        if (!k.isDocument())
            continue;
        for (const erp::meta::Field &f : k.fields)
            if (f.type == erp::meta::FieldType::Ref && f.target == kind)
                add(k, QStringLiteral("t.") + erp::db::quoteIdentifier(f.column()) + QStringLiteral(" = ?"), id);
        for (const erp::meta::TabularSection &s : k.sections)
            for (const erp::meta::Field &f : s.fields)
                if (f.type == erp::meta::FieldType::Ref && f.target == kind)
                    add(k,
                        QStringLiteral("t.ID IN (SELECT OWNER_ID FROM %1 WHERE %2 = ?)")
                            .arg(erp::db::quoteIdentifier(s.table), erp::db::quoteIdentifier(f.column())),
                        id);
    }
    // Forwards: documents this one refers to.
    {
        for (const erp::meta::Field &f : self.fields) {
            const erp::meta::ObjectKind *target = f.type == erp::meta::FieldType::Ref ? model.kind(f.target) : nullptr;
            if (target && target->isDocument())
                add(*target,
                    QStringLiteral("t.ID = (SELECT %1 FROM %2 WHERE ID = ?)")
                        .arg(erp::db::quoteIdentifier(f.column()), erp::db::quoteIdentifier(self.table)),
                    id);
        }
        for (const erp::meta::TabularSection &s : self.sections)
            for (const erp::meta::Field &f : s.fields) {
                const erp::meta::ObjectKind *target =
                    f.type == erp::meta::FieldType::Ref ? model.kind(f.target) : nullptr;
                if (target && target->isDocument())
                    add(*target,
                        QStringLiteral("t.ID IN (SELECT %1 FROM %2 WHERE OWNER_ID = ?)")
                            .arg(erp::db::quoteIdentifier(f.column()), erp::db::quoteIdentifier(s.table)),
                        id);
            }
    }
    QCborMap out;
    out.insert(QStringLiteral("documents"), found);
    return out;
}

} // namespace erp::core
