#pragma once

#include <QString>

namespace erp::db {

// Where the database lives: an embedded file (host empty) or a Firebird server.
struct DbConfig
{
    QString host;
    QString path;
    QString user = QStringLiteral("SYSDBA");
    QString password;

    bool embedded() const { return host.isEmpty(); }
    QString connectString() const { return host.isEmpty() ? path : host + u':' + path; }
    // Parses "host:/path/erp.fdb", "host/port:/path" or a plain file path.
    static DbConfig fromSpec(const QString &spec);
};

} // namespace erp::db
