#pragma once

#include "connection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

// What the benches that start their own server share: erp-server on `dir` (its log in
// dir/server.log: nobody reads its pipe while a bench waits for answers), listening on
// 127.0.0.1:port, and the administrator logged in on `c`.
namespace erp::bench {

// False with the reason when the server ends or does not accept within waitMs.
inline bool startServer(QProcess &server, const QString &binary, const QString &dir, quint16 port,
                        const QString &password, const QStringList &extra, qint64 waitMs,
                        erp::client::Connection &c, QString *error)
{
    server.setStandardOutputFile(dir + QStringLiteral("/server.log"));
    server.setStandardErrorFile(dir + QStringLiteral("/server.log"), QIODevice::Append);
    server.start(binary, QStringList{QStringLiteral("--data"), dir, QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--admin-password"), password}
                             + extra);
    QElapsedTimer waiting;
    waiting.start();
    while (!c.open(QStringLiteral("127.0.0.1"), port, error, 1000)) {
        // waitForFinished, not state(): the state of a child that ended is seen only there.
        if (waiting.elapsed() > waitMs || server.waitForFinished(250)) {
            *error = QStringLiteral("erp-server did not start (see server.log): ") + *error;
            return false;
        }
    }
    return c.login(QStringLiteral("admin"), password, error);
}

} // namespace erp::bench
