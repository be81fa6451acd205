#include "merge.h"

#include "core/access.h"
#include "core/catalogstore.h"
#include "core/rowrules.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include "db/query.h"

namespace erp::crm {

namespace {

using erp::db::quoteIdentifier;
using erp::meta::Field;
using erp::meta::FieldType;
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;
using erp::rpc::fail;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

const QString MergesKind = QStringLiteral("partner_merges");

struct Object
{
    qint64 id = 0;
    QString code, name;
    bool deleted = false;
    bool group = false;
};

Object readObject(QSqlDatabase &db, const ObjectKind &kind, qint64 id, const QString &param)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT CODE, NAME, DELETED, %1 FROM %2 WHERE ID = ?")
                         .arg(kind.hierarchical ? QStringLiteral("IS_GROUP") : QStringLiteral("FALSE"),
                              quoteIdentifier(kind.table)),
                     {qlonglong(id)});
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("%1: there is no %2 with id %3").arg(param, kind.name).arg(id), param);
    return {id, q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toBool()};
}

class Merger
{
public:
    Merger(erp::rpc::CallContext &ctx, const ObjectKind &kind, qint64 from, qint64 into)
        : m_ctx(ctx)
        , m_kind(kind)
        , m_from(from)
        , m_into(into)
    {
    }

    // A partner's entity (a counterparty) merges only into one of the same partner, and only
    // when every document of it is dated within the one kept's validity: the documents must
    // stay valid (clientvalidity.h).
    void checkEntities()
    {
        for (const Field &f : m_kind.fields) {
            const ObjectKind *owner = f.type == FieldType::Ref ? m_ctx.model.kind(f.target) : nullptr;
            if (!owner || !owner->timeline)
                continue;
            if (value(f, m_from) != value(f, m_into))
                fail(ErrorCode::Validation,
                     Text::tr("into: belongs to another %1 than from; merge the %2 first")
                         .arg(f.name, owner->name),
                     QStringLiteral("into"));
        }
        const Field *validFrom = m_kind.field(QStringLiteral("valid_from"));
        const Field *validTo = m_kind.field(QStringLiteral("valid_to"));
        if (!validFrom || !validTo)
            return;
        const QVariant lower = value(*validFrom, m_into), upper = value(*validTo, m_into);
        if (lower.isNull() && upper.isNull())
            return;
        for (const ObjectKind &k : m_ctx.model.kinds()) {
            if (!k.isDocument())
                continue;
            for (const Field &f : k.fields) {
                if (f.type != FieldType::Ref || f.target != m_kind.name)
                    continue;
                erp::db::Query q(m_ctx.db);
                q.setForwardOnly(true);
                const QDate low = lower.isNull() ? QDate(1, 1, 1) : lower.toDate();
                const QDate high = upper.isNull() ? QDate(9999, 12, 30) : upper.toDate();
                erp::db::execute(q,
                                 QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND (DOC_DATE < ? OR DOC_DATE >= ?)")
                                     .arg(quoteIdentifier(k.table), quoteIdentifier(f.column())),
                                 {qlonglong(m_from), QDateTime(low, QTime(0, 0)), QDateTime(high.addDays(1), QTime(0, 0))});
                if (q.next() && q.value(0).toLongLong() > 0)
                    fail(ErrorCode::Validation,
                         Text::tr("into: %1 %2 of from are dated outside the validity of into; widen it first")
                             .arg(q.value(0).toLongLong())
                             .arg(k.name),
                         QStringLiteral("into"));
            }
        }
    }

    void moveReferences()
    {
        for (const ObjectKind &k : m_ctx.model.kinds()) {
            for (const Field &f : k.fields)
                if (f.type == FieldType::Ref && f.target == m_kind.name)
                    moveHeader(k, f);
            for (const erp::meta::TabularSection &s : k.sections)
                for (const Field &f : s.fields)
                    if (f.type == FieldType::Ref && f.target == m_kind.name)
                        moveLines(k, s, f);
        }
        for (const erp::meta::Register &r : m_ctx.model.registers())
            for (const Field &d : r.dimensions)
                if (d.type == FieldType::Ref && d.target == m_kind.name)
                    moveDimension(r, d);
        moveRowRules();
    }

    void markMerged()
    {
        erp::db::Query q(m_ctx.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        erp::db::execute(q,
                         QStringLiteral("UPDATE %1 SET DELETED = TRUE, ROW_VERSION = ROW_VERSION + 1, UPDATED_AT = ? "
                                        "WHERE ID = ? RETURNING ROW_VERSION")
                             .arg(quoteIdentifier(m_kind.table)),
                         {QDateTime(now.date(), now.time()), qlonglong(m_from)});
        const int version = q.next() ? q.value(0).toInt() : 0;
        m_ctx.events.push_back({m_kind.name, m_from, version, QStringLiteral("deleted")});
        m_ctx.events.push_back({m_kind.name, m_into, 0, QStringLiteral("updated")});
    }

    QCborArray moved() const { return m_moved; }

private:
    QVariant value(const Field &f, qint64 id)
    {
        erp::db::Query q(m_ctx.db);
        q.setForwardOnly(true);
        erp::db::execute(q,
                         QStringLiteral("SELECT %1 FROM %2 WHERE ID = ?")
                             .arg(quoteIdentifier(f.column()), quoteIdentifier(m_kind.table)),
                         {qlonglong(id)});
        return q.next() ? q.value(0) : QVariant();
    }

    void record(const QString &kind, const QString &field, qint64 rows)
    {
        if (rows > 0)
            m_moved.append(QCborMap{{QStringLiteral("kind"), kind}, {QStringLiteral("field"), field},
                                    {QStringLiteral("rows"), rows}});
    }

    // The objects moved get a new version, so a client holding one sees the change on saving.
    void moveHeader(const ObjectKind &k, const Field &f)
    {
        erp::db::Query q(m_ctx.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        erp::db::execute(q,
                         QStringLiteral("UPDATE %1 SET %2 = ?, ROW_VERSION = ROW_VERSION + 1, UPDATED_AT = ? WHERE %2 = ?")
                             .arg(quoteIdentifier(k.table), quoteIdentifier(f.column())),
                         {qlonglong(m_into), QDateTime(now.date(), now.time()), qlonglong(m_from)});
        record(k.name, f.name, q.numRowsAffected());
    }

    void moveLines(const ObjectKind &k, const erp::meta::TabularSection &s, const Field &f)
    {
        erp::db::Query q(m_ctx.db);
        erp::db::execute(q,
                         QStringLiteral("UPDATE %1 SET ROW_VERSION = ROW_VERSION + 1 WHERE ID IN "
                                        "(SELECT OWNER_ID FROM %2 WHERE %3 = ?)")
                             .arg(quoteIdentifier(k.table), quoteIdentifier(s.table), quoteIdentifier(f.column())),
                         {qlonglong(m_from)});
        erp::db::execute(q,
                         QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?")
                             .arg(quoteIdentifier(s.table), quoteIdentifier(f.column())),
                         {qlonglong(m_into), qlonglong(m_from)});
        record(k.name, s.name + u'.' + f.name, q.numRowsAffected());
    }

    // Movements change their dimension; a balance register's totals of `from` are added to
    // those of `into` with the same other dimensions and month (MERGE), then removed, so every
    // balance stays what it was, now under `into`.
    void moveDimension(const erp::meta::Register &r, const Field &d)
    {
        erp::db::Query q(m_ctx.db);
        const QString column = quoteIdentifier(d.column());
        erp::db::execute(q, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(quoteIdentifier(r.table), column),
                         {qlonglong(m_into), qlonglong(m_from)});
        record(r.name, d.name, q.numRowsAffected());
        if (r.type != erp::meta::RegisterType::Balance)
            return;
        QStringList source{QStringLiteral("s0.PERIOD")}, match{QStringLiteral("t.PERIOD = s.PERIOD")},
            insertColumns{QStringLiteral("PERIOD")}, insertValues{QStringLiteral("s.PERIOD")}, updates;
        for (const Field &x : r.dimensions) {
            const QString c = quoteIdentifier(x.column());
            source.append(x.name == d.name ? QStringLiteral("CAST(? AS BIGINT) AS %1").arg(c)
                                           : QStringLiteral("s0.%1").arg(c));
            match.append(QStringLiteral("t.%1 IS NOT DISTINCT FROM s.%1").arg(c));
            insertColumns.append(c);
            insertValues.append(QStringLiteral("s.") + c);
        }
        for (const Field &x : r.resources) {
            const QString c = quoteIdentifier(x.column());
            source.append(QStringLiteral("s0.") + c);
            updates.append(QStringLiteral("%1 = t.%1 + s.%1").arg(c));
            insertColumns.append(c);
            insertValues.append(QStringLiteral("s.") + c);
        }
        erp::db::execute(q,
                         QStringLiteral("MERGE INTO %1 t USING (SELECT %2 FROM %1 s0 WHERE s0.%3 = ?) s ON %4 "
                                        "WHEN MATCHED THEN UPDATE SET %5 WHEN NOT MATCHED THEN INSERT (%6) VALUES (%7)")
                             .arg(quoteIdentifier(r.totalsTable), source.join(u", "), column,
                                  match.join(QStringLiteral(" AND ")), updates.join(u", "), insertColumns.join(u", "),
                                  insertValues.join(u", ")),
                         {qlonglong(m_into), qlonglong(m_from)});
        erp::db::execute(q, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoteIdentifier(r.totalsTable), column),
                         {qlonglong(m_from)});
        record(r.name + QStringLiteral(" (totals)"), d.name, q.numRowsAffected());
    }

    // A role's rule that names `from` (manager = a user, partner in [...]) names `into`.
    void moveRowRules()
    {
        erp::db::Query q(m_ctx.db);
        q.setForwardOnly(true);
        erp::db::execute(q, QStringLiteral("SELECT ID, KIND, FIELD_NAME, RULE_VALUE FROM ERP_ROW_RULES"));
        QList<std::pair<qint64, QString>> changed;
        while (q.next()) {
            const ObjectKind *k = m_ctx.model.kind(q.value(1).toString());
            const Field *f = k ? k->field(q.value(2).toString()) : nullptr;
            if (!f || f->type != FieldType::Ref || f->target != m_kind.name)
                continue;
            const QString text = q.value(3).toString();
            QJsonArray value = QJsonDocument::fromJson("[" + text.toUtf8() + "]").array();
            bool hit = false;
            auto swap = [&](QJsonValue v) {
                if (v.isDouble() && qint64(v.toDouble()) == m_from) {
                    hit = true;
                    return QJsonValue(double(m_into));
                }
                return v;
            };
            if (value.size() == 1 && value.at(0).isArray()) {
                QJsonArray list = value.at(0).toArray();
                for (qsizetype i = 0; i < list.size(); ++i)
                    list[i] = swap(list.at(i));
                value[0] = list;
            } else if (value.size() == 1) {
                value[0] = swap(value.at(0));
            }
            if (hit) {
                const QByteArray json = QJsonDocument(value).toJson(QJsonDocument::Compact);
                changed.append({q.value(0).toLongLong(), QString::fromUtf8(json.mid(1, json.size() - 2))});
            }
        }
        for (const auto &[id, text] : std::as_const(changed))
            erp::db::execute(q, QStringLiteral("UPDATE ERP_ROW_RULES SET RULE_VALUE = ? WHERE ID = ?"),
                             {text, qlonglong(id)});
        record(QStringLiteral("row rules"), QStringLiteral("value"), changed.size());
        if (!changed.isEmpty())
            m_ctx.afterCommit.push_back(&erp::core::RowRules::invalidate);
    }

    erp::rpc::CallContext &m_ctx;
    const ObjectKind &m_kind;
    qint64 m_from, m_into;
    QCborArray m_moved;
};

} // namespace

QCborMap mergeObjects(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const QString kindName = params.value(QStringLiteral("kind")).toString();
    const ObjectKind *kind = ctx.model.kind(kindName);
    if (!kind || kind->isDocument() || !kind->timeline)
        fail(ErrorCode::Validation,
             Text::tr("kind: %1 cannot be merged; partners and counterparties can").arg(kindName), QStringLiteral("kind"));
    if (!erp::core::AccessPolicy::canWrite(ctx.user, *kind))
        fail(ErrorCode::Forbidden, Text::tr("kind: you may not change %1").arg(kindName), QStringLiteral("kind"));
    const qint64 fromId = params.value(QStringLiteral("from")).toInteger();
    const qint64 intoId = params.value(QStringLiteral("into")).toInteger();
    if (fromId == intoId)
        fail(ErrorCode::Validation, Text::tr("into: is the object being merged; choose the one to keep"),
             QStringLiteral("into"));
    const Object from = readObject(ctx.db, *kind, fromId, QStringLiteral("from"));
    const Object into = readObject(ctx.db, *kind, intoId, QStringLiteral("into"));
    if (from.deleted)
        fail(ErrorCode::Validation, Text::tr("from: %1 is marked for deletion (already merged?)").arg(from.name),
             QStringLiteral("from"));
    if (into.deleted)
        fail(ErrorCode::Validation, Text::tr("into: %1 is marked for deletion; keep one that is not").arg(into.name),
             QStringLiteral("into"));
    if (from.group || into.group)
        fail(ErrorCode::Validation, Text::tr("%1: is a group; only single objects are merged").arg(from.group ? QStringLiteral("from") : QStringLiteral("into")),
             from.group ? QStringLiteral("from") : QStringLiteral("into"));

    Merger merger(ctx, *kind, fromId, intoId);
    merger.checkEntities();
    merger.moveReferences();
    merger.markMerged();

    const QCborArray moved = merger.moved();
    QCborArray lines;
    for (const QCborValue &m : moved)
        lines.append(m);
    QCborMap values{{QStringLiteral("name"), QStringLiteral("%1 → %2").arg(from.name, into.name).left(500)},
                    {QStringLiteral("merged_kind"), kind->name},
                    {QStringLiteral("from_id"), from.id},
                    {QStringLiteral("from_code"), from.code},
                    {QStringLiteral("from_name"), from.name},
                    {QStringLiteral("into_id"), into.id},
                    {QStringLiteral("into_code"), into.code},
                    {QStringLiteral("into_name"), into.name},
                    {QStringLiteral("merged_by"), ctx.user.id},
                    {QStringLiteral("merged_at"), erp::meta::formatDateTime(QDateTime::currentDateTimeUtc())}};
    erp::core::CatalogStore store(ctx.db, ctx.model, ctx.user, &ctx.events);
    const QCborMap record = store.create(QCborMap{{QStringLiteral("kind"), MergesKind},
                                                  {QStringLiteral("values"), values},
                                                  {QStringLiteral("sections"), QCborMap{{QStringLiteral("moved"), lines}}}});
    return QCborMap{{QStringLiteral("merge"), record.value(QStringLiteral("id"))}, {QStringLiteral("moved"), moved}};
}

} // namespace erp::crm
