#pragma once

#include <QCborMap>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct Field;
struct ObjectKind;
} // namespace erp::meta

namespace erp::core {

struct UserInfo;

// A row restriction appended to a query over a kind ("" = no restriction).
struct RowFilter
{
    QString sql;        // a condition on the table alias given to rowFilter()
    QVariantList binds; // values for its placeholders, in order

    bool isEmpty() const { return sql.isEmpty(); }
};

// The one gate every path that returns data passes: rights per kind from the user's role, and
// the record-level rules of the role (RowRules) as a row filter. Reads, lists, searches,
// related documents, movements, history, register queries, reports and pushes all ask here.
class AccessPolicy
{
public:
    static QSet<QString> rightsOfRole(const QString &role);
    static bool canRead(const UserInfo &user, const erp::meta::ObjectKind &kind);
    static bool canWrite(const UserInfo &user, const erp::meta::ObjectKind &kind);
    // The rows of a kind the user may see, as a condition on `alias`.
    static RowFilter rowFilter(const UserInfo &user, const erp::meta::ObjectKind &kind,
                               const QString &alias = QStringLiteral("t"));
    // A reference column (e.g. "s.PARTNER") that is empty or points at a row the user may see;
    // empty when the user sees every row of the target kind.
    static RowFilter visibleReference(const UserInfo &user, const erp::meta::Model &model, const QString &targetKind,
                                      const QString &column);
    // The rows (of a register query) whose references in `fields` all point at rows the user
    // may see, or are empty.
    static QList<QCborMap> withoutHidden(QSqlDatabase &db, const UserInfo &user, const erp::meta::Model &model,
                                         const QList<erp::meta::Field> &fields, const QList<QCborMap> &rows);
    // Which of these ids of a kind the user may see.
    static QSet<qint64> visibleIds(QSqlDatabase &db, const UserInfo &user, const erp::meta::ObjectKind &kind,
                                   const QList<qint64> &ids);
};

} // namespace erp::core
