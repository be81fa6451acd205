#pragma once

#include <QString>
#include <QTemporaryDir>

namespace erp::test {

// Where a test's database lives. By default an embedded file in a temporary directory;
// with ERP_TEST_DB=server a database on the Firebird server on 127.0.0.1 (started by the
// firebird_server CTest fixture), so the same tests cover both storage modes.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    bool isServer() const { return m_server; }
    QString host() const { return m_server ? QStringLiteral("127.0.0.1") : QString(); }
    QString path() const { return m_path; }
    QString user() const { return QStringLiteral("SYSDBA"); }
    QString password() const { return m_password; }
    // Arguments for erp-server: --data DIR or --database host:/path with credentials.
    QStringList serverArguments() const;
    QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_server = false;
    QString m_path;
    QString m_password;
};

} // namespace erp::test
