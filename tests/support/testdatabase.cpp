#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace erp::test {

namespace {

// The Debian package keeps the SYSDBA password of the local Firebird server here.
QString sysdbaPassword()
{
    const QString fromEnv = qEnvironmentVariable("ISC_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QFile f(QStringLiteral("/etc/firebird/3.0/SYSDBA.password"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression re(QStringLiteral("ISC_PASSWORD=\"?([^\"\\n]*)\"?"));
    const auto m = re.match(QString::fromUtf8(f.readAll()));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

TestDatabase::TestDatabase()
{
    m_server = qEnvironmentVariable("ERP_TEST_DB") == QLatin1String("server");
    if (m_server) {
        // The Firebird server runs as user "firebird": the file goes into the fixture's shared directory.
        m_path = QStringLiteral("/tmp/erp-fbtest/%1.fdb").arg(QUuid::createUuid().toString(QUuid::Id128));
        m_password = sysdbaPassword();
    } else {
        m_path = m_dir.filePath(QStringLiteral("erp.fdb"));
    }
}

TestDatabase::~TestDatabase()
{
    if (m_server)
        QFile::remove(m_path);
}

QStringList TestDatabase::serverArguments() const
{
    if (!m_server)
        return {QStringLiteral("--data"), m_dir.path()};
    return {QStringLiteral("--database"), host() + u':' + m_path, QStringLiteral("--db-user"), user(),
            QStringLiteral("--db-password"), m_password};
}

} // namespace erp::test
