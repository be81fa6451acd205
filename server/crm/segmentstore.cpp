#include "segmentstore.h"

#include "core/access.h"
#include "core/dbdatasource.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"
#include "segmentrules.h"

#include <QCoreApplication>
#include "db/query.h"

namespace erp::crm {

using erp::db::execute;
using erp::db::quoteIdentifier;
using erp::protocol::ErrorCode;
using erp::rpc::fail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Segments)
};

// The most partners one setMembers call adds or removes (one IN list each).
constexpr int MaxListed = 1000;

QVariant wall(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    return QDateTime(u.date(), u.time());
}

QCborValue momentOrNull(const QVariant &v)
{
    return v.isNull() ? QCborValue(QCborValue::Null) : erp::db::timestampToCbor(v);
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(QStringLiteral("?"));
    return m.join(u", ");
}

} // namespace

SegmentStore::SegmentStore(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::UserInfo &user)
    : m_db(db)
    , m_model(model)
    , m_user(user)
{
}

SegmentStore::Segment SegmentStore::segment(qint64 id)
{
    const erp::meta::ObjectKind &kind = *m_model.kind(QStringLiteral("segments"));
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(m_user, kind);
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral("SELECT t.NAME, t.SEGMENT_KIND, t.DELETED FROM %1 t WHERE t.ID = ?%2")
                .arg(quoteIdentifier(kind.table), visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
            QVariantList{qlonglong(id)} + visible.binds);
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("segment: there is no segment with id %1").arg(id), QStringLiteral("segment"));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
}

// Two rebuilds (or member changes) of one segment wait for each other here: the second meets
// an update conflict and the dispatcher runs it again after the first.
void SegmentStore::lockSegment(qint64 id, const QDateTime &now)
{
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral("UPDATE OR INSERT INTO CRM_SEGMENT_REBUILDS (SEGMENT_ID, REBUILT_AT, MEMBERS) VALUES (?, ?, "
                           "0) MATCHING (SEGMENT_ID)"),
            {qlonglong(id), wall(now)});
}

QCborMap SegmentStore::result(qint64 segment, int joined, int left, const QDateTime &now)
{
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral("SELECT COUNT(*) FROM CRM_SEGMENT_MEMBERS WHERE SEGMENT_ID = ? AND VALID_TO IS NULL"),
            {qlonglong(segment)});
    q.next();
    const qint64 members = q.value(0).toLongLong();
    execute(q, QStringLiteral("UPDATE CRM_SEGMENT_REBUILDS SET MEMBERS = ?, REBUILT_AT = ? WHERE SEGMENT_ID = ?"),
            {qlonglong(members), wall(now), qlonglong(segment)});
    QCborMap out;
    out.insert(QStringLiteral("segment"), segment);
    out.insert(QStringLiteral("members"), members);
    out.insert(QStringLiteral("joined"), joined);
    out.insert(QStringLiteral("left"), left);
    out.insert(QStringLiteral("at"), now.toUTC().toString(Qt::ISODateWithMs));
    return out;
}

QCborMap SegmentStore::rebuild(qint64 id, const QDateTime &now)
{
    const Segment s = segment(id);
    if (s.deleted)
        fail(ErrorCode::Validation, Text::tr("segment: \"%1\" is marked for deletion").arg(s.name),
             QStringLiteral("segment"));
    lockSegment(id, now);
    if (s.kind != QLatin1String("rules"))
        return result(id, 0, 0, now); // a manual segment's members are what setMembers made them

    erp::core::DbDataSource data(m_db, m_model);
    const SegmentSql sql = segmentSql(m_model, data.sectionLines(QStringLiteral("segments"), id, QStringLiteral("rules")), now);
    erp::db::Query q(m_db);
    // Scratch rows of an earlier segment rebuilt in this transaction.
    execute(q, QStringLiteral("DELETE FROM CRM_SEGMENT_FIGURES"));
    execute(q, QStringLiteral("DELETE FROM CRM_SEGMENT_MATCH"));
    for (const SegmentSql::Statement &f : sql.figures)
        execute(q, f.sql, f.binds);
    const erp::meta::ObjectKind &partners = *m_model.kind(QStringLiteral("partners"));
    execute(q,
            QStringLiteral("INSERT INTO CRM_SEGMENT_MATCH (PARTNER_ID) SELECT p.ID FROM %1 p %2 WHERE p.IS_GROUP = "
                           "FALSE AND p.DELETED = FALSE%3")
                .arg(quoteIdentifier(partners.table), sql.joins.join(u' '),
                     sql.conditions.isEmpty() ? QString()
                                              : QStringLiteral(" AND ") + sql.conditions.join(QStringLiteral(" AND "))),
            sql.binds);
    execute(q,
            QStringLiteral("UPDATE CRM_SEGMENT_MEMBERS m SET m.VALID_TO = ? WHERE m.SEGMENT_ID = ? AND m.VALID_TO IS "
                           "NULL AND NOT EXISTS (SELECT 1 FROM CRM_SEGMENT_MATCH x WHERE x.PARTNER_ID = m.PARTNER_ID)"),
            {wall(now), qlonglong(id)});
    const int left = q.numRowsAffected();
    execute(q,
            QStringLiteral("INSERT INTO CRM_SEGMENT_MEMBERS (SEGMENT_ID, PARTNER_ID, VALID_FROM) SELECT ?, x.PARTNER_ID, "
                           "? FROM CRM_SEGMENT_MATCH x WHERE NOT EXISTS (SELECT 1 FROM CRM_SEGMENT_MEMBERS m WHERE "
                           "m.SEGMENT_ID = ? AND m.PARTNER_ID = x.PARTNER_ID AND m.VALID_TO IS NULL)"),
            {qlonglong(id), wall(now), qlonglong(id)});
    const int joined = q.numRowsAffected();
    QCborMap out = result(id, joined, left, now);
    out.insert(QStringLiteral("name"), s.name);
    return out;
}

QCborMap SegmentStore::rebuildAll(const QDateTime &now)
{
    const erp::meta::ObjectKind &kind = *m_model.kind(QStringLiteral("segments"));
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT ID FROM %1 WHERE DELETED = FALSE AND SEGMENT_KIND = 'rules' "
                           "ORDER BY ID")
                .arg(quoteIdentifier(kind.table)));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QCborArray rows;
    for (const qint64 id : std::as_const(ids))
        rows.append(rebuild(id, now));
    QCborMap out;
    out.insert(QStringLiteral("segments"), rows);
    return out;
}

QList<qint64> SegmentStore::partnerIds(const QCborValue &list, const QString &name)
{
    QList<qint64> ids;
    if (list.isUndefined() || list.isNull())
        return ids;
    const QCborArray array = list.toArray();
    if (array.size() > MaxListed)
        fail(ErrorCode::Validation, Text::tr("%1: at most %2 partners at a time").arg(name).arg(MaxListed), name);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(name).arg(i + 1);
        if (!array.at(i).isInteger() || array.at(i).toInteger() <= 0)
            fail(ErrorCode::Validation, Text::tr("%1: must be the id of a partner").arg(at), at);
        if (!ids.contains(array.at(i).toInteger()))
            ids.append(array.at(i).toInteger());
    }
    if (ids.isEmpty())
        return ids;
    const erp::meta::ObjectKind &partners = *m_model.kind(QStringLiteral("partners"));
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(m_user, partners);
    QVariantList binds;
    for (const qint64 id : std::as_const(ids))
        binds.append(qlonglong(id));
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT t.ID FROM %1 t WHERE t.IS_GROUP = FALSE AND t.ID IN (%2)%3")
                .arg(quoteIdentifier(partners.table), marks(ids.size()),
                     visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
            binds + visible.binds);
    QSet<qint64> found;
    while (q.next())
        found.insert(q.value(0).toLongLong());
    for (qsizetype i = 0; i < array.size(); ++i)
        if (!found.contains(array.at(i).toInteger())) {
            const QString at = QStringLiteral("%1[%2]").arg(name).arg(i + 1);
            fail(ErrorCode::Validation, Text::tr("%1: there is no partner with id %2").arg(at).arg(array.at(i).toInteger()),
                 at);
        }
    return ids;
}

QCborMap SegmentStore::setMembers(qint64 id, const QCborValue &add, const QCborValue &remove, const QDateTime &now)
{
    const Segment s = segment(id);
    if (s.kind != QLatin1String("manual"))
        fail(ErrorCode::Validation,
             Text::tr("segment: \"%1\" is a segment by rules: its members come from its rules (crm.rebuildSegment)")
                 .arg(s.name),
             QStringLiteral("segment"));
    if (s.deleted)
        fail(ErrorCode::Validation, Text::tr("segment: \"%1\" is marked for deletion").arg(s.name),
             QStringLiteral("segment"));
    const QList<qint64> added = partnerIds(add, QStringLiteral("add"));
    const QList<qint64> removed = partnerIds(remove, QStringLiteral("remove"));
    const QCborArray removeList = remove.toArray();
    for (qsizetype i = 0; i < removeList.size(); ++i)
        if (added.contains(removeList.at(i).toInteger())) {
            const QString at = QStringLiteral("remove[%1]").arg(i + 1);
            fail(ErrorCode::Validation, Text::tr("%1: partner %2 is also added").arg(at).arg(removeList.at(i).toInteger()),
                 at);
        }
    lockSegment(id, now);
    erp::db::Query q(m_db);
    int left = 0, joined = 0;
    if (!removed.isEmpty()) {
        QVariantList binds{wall(now), qlonglong(id)};
        for (const qint64 p : removed)
            binds.append(qlonglong(p));
        execute(q,
                QStringLiteral("UPDATE CRM_SEGMENT_MEMBERS SET VALID_TO = ? WHERE SEGMENT_ID = ? AND VALID_TO IS NULL "
                               "AND PARTNER_ID IN (%1)")
                    .arg(marks(removed.size())),
                binds);
        left = q.numRowsAffected();
    }
    if (!added.isEmpty()) {
        const erp::meta::ObjectKind &partners = *m_model.kind(QStringLiteral("partners"));
        QVariantList binds{qlonglong(id), wall(now)};
        for (const qint64 p : added)
            binds.append(qlonglong(p));
        binds.append(qlonglong(id));
        execute(q,
                QStringLiteral("INSERT INTO CRM_SEGMENT_MEMBERS (SEGMENT_ID, PARTNER_ID, VALID_FROM) SELECT ?, p.ID, ? "
                               "FROM %1 p WHERE p.ID IN (%2) AND NOT EXISTS (SELECT 1 FROM CRM_SEGMENT_MEMBERS m WHERE "
                               "m.SEGMENT_ID = ? AND m.PARTNER_ID = p.ID AND m.VALID_TO IS NULL)")
                    .arg(quoteIdentifier(partners.table), marks(added.size())),
                binds);
        joined = q.numRowsAffected();
    }
    QCborMap out = result(id, joined, left, now);
    out.insert(QStringLiteral("name"), s.name);
    return out;
}

QCborMap SegmentStore::members(qint64 id, const QDateTime &at, qint64 after, int limit)
{
    segment(id);
    const erp::meta::ObjectKind &partners = *m_model.kind(QStringLiteral("partners"));
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(m_user, partners, QStringLiteral("p"));
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT FIRST %1 m.PARTNER_ID, p.NAME, m.VALID_FROM, m.VALID_TO FROM CRM_SEGMENT_MEMBERS m "
                           "JOIN %2 p ON p.ID = m.PARTNER_ID WHERE m.SEGMENT_ID = ? AND m.PARTNER_ID > ? AND "
                           "m.VALID_FROM <= ? AND (m.VALID_TO IS NULL OR m.VALID_TO > ?)%3 ORDER BY m.PARTNER_ID")
                .arg(limit + 1)
                .arg(quoteIdentifier(partners.table), visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
            QVariantList{qlonglong(id), qlonglong(after), wall(at), wall(at)} + visible.binds);
    QCborArray rows;
    bool more = false;
    qint64 last = 0;
    while (q.next()) {
        if (rows.size() == limit) {
            more = true;
            break;
        }
        QCborMap row;
        last = q.value(0).toLongLong();
        row.insert(QStringLiteral("partner"), last);
        row.insert(QStringLiteral("name"), q.value(1).toString());
        row.insert(QStringLiteral("since"), momentOrNull(q.value(2)));
        row.insert(QStringLiteral("until"), momentOrNull(q.value(3)));
        rows.append(row);
    }
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("more"), more);
    if (more)
        out.insert(QStringLiteral("next"), last);
    return out;
}

QCborMap SegmentStore::partnerSegments(qint64 partner, const QDateTime &at, bool history)
{
    const erp::meta::ObjectKind &partners = *m_model.kind(QStringLiteral("partners"));
    const erp::meta::ObjectKind &segments = *m_model.kind(QStringLiteral("segments"));
    const erp::core::RowFilter visiblePartner = erp::core::AccessPolicy::rowFilter(m_user, partners);
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral("SELECT 1 FROM %1 t WHERE t.ID = ?%2")
                .arg(quoteIdentifier(partners.table),
                     visiblePartner.isEmpty() ? QString() : QStringLiteral(" AND ") + visiblePartner.sql),
            QVariantList{qlonglong(partner)} + visiblePartner.binds);
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("partner: there is no partner with id %1").arg(partner),
             QStringLiteral("partner"));
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(m_user, segments, QStringLiteral("s"));
    QString sql = QStringLiteral("SELECT m.SEGMENT_ID, s.NAME, m.VALID_FROM, m.VALID_TO FROM CRM_SEGMENT_MEMBERS m "
                                 "JOIN %1 s ON s.ID = m.SEGMENT_ID WHERE m.PARTNER_ID = ?")
                      .arg(quoteIdentifier(segments.table));
    QVariantList binds{qlonglong(partner)};
    if (!history) {
        sql += QStringLiteral(" AND m.VALID_FROM <= ? AND (m.VALID_TO IS NULL OR m.VALID_TO > ?)");
        binds += QVariantList{wall(at), wall(at)};
    }
    if (!visible.isEmpty()) {
        sql += QStringLiteral(" AND ") + visible.sql;
        binds += visible.binds;
    }
    sql += history ? QStringLiteral(" ORDER BY m.VALID_FROM, m.SEGMENT_ID") : QStringLiteral(" ORDER BY s.NAME, s.ID");
    q.setForwardOnly(true);
    execute(q, sql, binds);
    QCborArray rows;
    while (q.next()) {
        QCborMap row;
        row.insert(QStringLiteral("segment"), q.value(0).toLongLong());
        row.insert(QStringLiteral("name"), q.value(1).toString());
        row.insert(QStringLiteral("since"), momentOrNull(q.value(2)));
        row.insert(QStringLiteral("until"), momentOrNull(q.value(3)));
        rows.append(row);
    }
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

} // namespace erp::crm
