#pragma once

#include <QSet>
#include <QString>

namespace erp::core {

// The logged-in user of a session.
struct UserInfo
{
    qint64 id = 0;
    QString login;
    QString name;
    QString role;
    QSet<QString> rights;

    bool has(const QString &right) const { return rights.contains(right); }
};

} // namespace erp::core
