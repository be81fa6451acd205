#pragma once

#include "protocol/frame.h"
#include "protocol/message.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QTcpSocket;

namespace erp::client {

struct Reply
{
    bool ok = false;
    QCborValue result;
    erp::protocol::Error error;
};

// A blocking connection to erp-server: handshake, login and calls, one at a time.
// Server pushes that arrive meanwhile are kept for takeEvents(). Used by erpctl, tests and
// the benchmark; the desktop client wraps the same protocol asynchronously.
class Connection
{
public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Connects and performs the version handshake.
    // language: the language for the server's messages (a locale name such as "cs_CZ").
    bool open(const QString &host, quint16 port, QString *error, int timeoutMs = 10000,
              const QString &language = {});
    bool login(const QString &user, const QString &password, QString *error);
    Reply call(const QString &method, const QCborMap &params = {}, int timeoutMs = 60000);
    // A call without waiting for its answer: the request id, for wait() (and system.cancel).
    qint64 send(const QString &method, const QCborMap &params = {});
    // The answer to a call sent with send(); answers to other sent calls that arrive meanwhile
    // are kept for their own wait().
    Reply wait(qint64 id, int timeoutMs = 60000);
    // When set, pushes go to it as they arrive (while call() or wait() reads) instead of being
    // kept for takeEvents(): erpctl prints a report's progress this way.
    void setEventHandler(std::function<void(const QCborMap &event)> handler) { m_onEvent = std::move(handler); }
    // Waits up to timeoutMs for at least one server push; returns and clears what arrived.
    QList<QCborMap> waitForEvents(int timeoutMs);
    QList<QCborMap> takeEvents();
    void close();

    bool isOpen() const;
    int protocolVersion() const { return m_version; }
    QString serverName() const { return m_serverName; }

    // Parses "host:port"; false when malformed.
    static bool parseAddress(const QString &spec, QString *host, quint16 *port);

private:
    bool readMessage(QCborMap *message, int timeoutMs, QString *error);

    std::unique_ptr<QTcpSocket> m_socket;
    erp::protocol::FrameReader m_reader;
    void keepEvent(const QCborMap &event);

    QList<QCborMap> m_events;
    std::function<void(const QCborMap &)> m_onEvent;
    QSet<qint64> m_sent;               // sent and not yet waited for
    QHash<qint64, QCborMap> m_answers; // answers to those, arrived while waiting for another
    qint64 m_nextId = 1;
    int m_version = 0;
    QString m_serverName;
};

} // namespace erp::client
