#pragma once

#include <QSet>
#include <QString>
#include <QVariantList>

namespace erp::meta {
struct ObjectKind;
}

namespace erp::core {

struct UserInfo;

// A row restriction appended to every query over a kind ("" = no restriction).
struct RowFilter
{
    QString sql;        // a condition on the table alias "t"
    QVariantList binds; // values for its placeholders, in order
};

// The one place where access rules are decided. Rights come from the user's role now;
// record-level rules (own partners only, by organization) will plug into rowFilter().
class AccessPolicy
{
public:
    static QSet<QString> rightsOfRole(const QString &role);
    static bool canRead(const UserInfo &user, const erp::meta::ObjectKind &kind);
    static bool canWrite(const UserInfo &user, const erp::meta::ObjectKind &kind);
    static RowFilter rowFilter(const UserInfo &user, const erp::meta::ObjectKind &kind);
};

} // namespace erp::core
