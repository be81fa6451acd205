#pragma once

#include "protocol/frame.h"
#include "protocol/message.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace erp::client {

struct Reply;

// The event-driven connection of the desktop client: the handshake, then calls whose answers
// arrive through callbacks on the GUI thread, and server pushes as a signal. Never blocks.
class AsyncConnection : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Reply &)>;

    explicit AsyncConnection(QObject *parent = nullptr);
    ~AsyncConnection() override;

    // Connects and performs the handshake; emits ready() or failed().
    void open(const QString &host, quint16 port, const QString &language);
    void close();
    bool isReady() const { return m_ready; }
    QString serverName() const { return m_serverName; }

    // Sends a call. The callback runs when the answer arrives, unless receiver (when given)
    // has been destroyed by then. A lost connection answers pending calls with an error.
    qint64 call(const QString &method, const QCborMap &params, QObject *receiver, Callback callback);
    // Asks the server to stop a call still waiting for its answer (system.cancel); the call then
    // answers Cancelled through its own callback.
    void cancel(qint64 call);

Q_SIGNALS:
    void ready();
    void failed(const QString &message, int code);
    void closed(const QString &reason);
    void event(const QString &name, const QCborMap &data);
    // A "progress" push about one of this connection's pending calls (not emitted as event()).
    void progress(qint64 call, qint64 done, qint64 total, const QString &stage);

private:
    void onReadyRead();
    void handle(const QCborMap &message);
    void failAll(const QString &reason);

    struct Pending
    {
        QPointer<QObject> receiver;
        bool hasReceiver = false;
        Callback callback;
    };

    QTcpSocket *m_socket;
    erp::protocol::FrameReader m_reader;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    bool m_ready = false;
    QString m_language;
    QString m_serverName;
};

} // namespace erp::client
