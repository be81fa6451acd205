#pragma once

#include <QCborValue>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace erp::core {

// A record-level rule: users of `role` see the rows of `kind` where `field op value` holds.
// Deny unless allowed: a role with rules for a kind sees only rows that match one of them;
// a role without rules for a kind sees all its rows. "$user" as the value is the user's id
// ("the partners I manage": field manager = $user).
struct RowRule
{
    QString role;
    QString kind;
    QString field;
    QString op; // =, !=, <, <=, >, >=, in, isNull, notNull
    QCborValue value;
};

// The rules of every role, kept in ERP_ROW_RULES and cached in memory for the whole process:
// read once, read again after a change is committed (invalidate()).
class RowRules
{
public:
    static void ensureLoaded(QSqlDatabase &db);
    static void invalidate();
    // The rules of a role for a kind (empty: no restriction).
    static QList<RowRule> of(const QString &role, const QString &kind);
    static QList<RowRule> all();
};

} // namespace erp::core
