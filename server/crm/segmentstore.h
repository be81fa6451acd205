#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>

#include <optional>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
struct UserInfo;
}

namespace erp::crm {

// Segment membership with its history (tables in segmentschema.h), inside the caller's
// transaction. Every change of membership is a handful of set-based statements, whatever the
// number of partners; a stay is closed (VALID_TO) when a partner leaves, a new one opened when
// it joins again.
class SegmentStore
{
public:
    SegmentStore(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::UserInfo &user);

    // A segment by rules: its members become the partners (elements, not marked for deletion)
    // that match every rule now; {segment, members, joined, left}. A manual segment keeps its
    // members. Refused (Validation naming rules[n].field) for a rule it cannot evaluate.
    QCborMap rebuild(qint64 segment, const QDateTime &now);
    // Every segment by rules not marked for deletion: {segments: [{segment, name, members, joined, left}]}.
    QCborMap rebuildAll(const QDateTime &now);
    // A manual segment: partners added and removed now -> {segment, members, joined, left}.
    QCborMap setMembers(qint64 segment, const QCborValue &add, const QCborValue &remove, const QDateTime &now);
    // The members at a moment, by partner id after `after`: {rows: [{partner, name, since, until}], more, next?}.
    QCborMap members(qint64 segment, const QDateTime &at, qint64 after, int limit);
    // The segments of a partner at a moment, or every stay (history): {rows: [{segment, name, since, until}]}.
    QCborMap partnerSegments(qint64 partner, const QDateTime &at, bool history);

private:
    struct Segment
    {
        QString name;
        QString kind;
        bool deleted = false;
    };
    Segment segment(qint64 id);
    void lockSegment(qint64 id, const QDateTime &now);
    QCborMap result(qint64 segment, int joined, int left, const QDateTime &now);
    QList<qint64> partnerIds(const QCborValue &list, const QString &name);

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    const erp::core::UserInfo &m_user;
};

} // namespace erp::crm
