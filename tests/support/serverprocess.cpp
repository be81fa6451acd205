#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#endif

namespace erp::test {

QString serverBinary()
{
    return qEnvironmentVariable("ERP_SERVER_BIN", QStringLiteral("erp-server"));
}

ServerProcess::ServerProcess() = default;

// The server gets none of the test's own descriptors: a server the test leaves behind (killed
// test) must not hold, say, the build's lock file that `flock` opened for ctest.
static void closeInheritedDescriptors(QProcess &process)
{
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] {
        for (int fd = 3; fd < 1024; ++fd) {
            const int flags = ::fcntl(fd, F_GETFD);
            if (flags >= 0)
                ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
        }
    });
#else
    Q_UNUSED(process);
#endif
}

ServerProcess::~ServerProcess()
{
    stop();
}

int ServerProcess::runToCompletion(const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    closeInheritedDescriptors(p);
    p.start(serverBinary(), m_database.serverArguments() + arguments);
    if (!p.waitForFinished(600000))
        return -1;
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool ServerProcess::start(const QStringList &extraArguments, bool demo)
{
    QStringList init{QStringLiteral("--init"), QStringLiteral("--admin-password"), adminPassword()};
    if (demo) // a month of business history is enough for a test; the real demo enters two years
        init << QStringLiteral("--demo") << QStringLiteral("--demo-days") << QStringLiteral("30");
    QString output;
    if (runToCompletion(init, &output) != 0) {
        qWarning().noquote() << "erp-server --init failed:" << output;
        return false;
    }
    return launch(extraArguments);
}

bool ServerProcess::restart(const QStringList &extraArguments)
{
    stop();
    return launch(extraArguments);
}

bool ServerProcess::launch(const QStringList &extraArguments)
{
    m_log.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    closeInheritedDescriptors(m_process);
    m_process.start(serverBinary(), m_database.serverArguments()
                                        + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                        + extraArguments);
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
            break;
        m_log += QString::fromUtf8(m_process.readAll());
        const auto m = listening.match(m_log);
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
    }
    m_log += QString::fromUtf8(m_process.readAll());
    qWarning().noquote() << "erp-server did not start:" << m_log;
    return false;
}

bool ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.terminate();
    bool clean = m_process.waitForFinished(20000);
    if (!clean) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_log += QString::fromUtf8(m_process.readAll());
    return clean && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
    m_log += QString::fromUtf8(m_process.readAll());
}

std::unique_ptr<erp::client::Connection> ServerProcess::connect(const QString &user, const QString &password)
{
    auto c = std::make_unique<erp::client::Connection>();
    QString error;
    if (!c->open(QStringLiteral("127.0.0.1"), m_port, &error)) {
        qWarning().noquote() << "connect failed:" << error;
        return nullptr;
    }
    if (!user.isEmpty() && !c->login(user, password, &error)) {
        qWarning().noquote() << "login failed:" << error;
        return nullptr;
    }
    return c;
}

} // namespace erp::test
