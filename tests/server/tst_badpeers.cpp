// The server survives garbage, truncated and oversized frames, bad CBOR and silent peers,
// answering or closing only the offending connection while it keeps serving a good client.
#include "catalogclient.h"
#include "protocol/frame.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

class RawPeer
{
public:
    explicit RawPeer(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }
    void hello(int version = erp::protocol::ProtocolVersion)
    {
        send(erp::protocol::encodeFrame(map({{QStringLiteral("hello"), map({{QStringLiteral("versions"), QCborArray{version}}})}})));
    }
    // Next frame from the server, or an empty map when none came in time.
    QCborMap read(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            QCborValue v;
            QString error;
            if (m_reader.next(&v, &error) == erp::protocol::FrameReader::Status::Frame)
                return v.toMap();
            if (deadline.hasExpired())
                return {};
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                if (m_socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
                    return {};
            m_reader.append(m_socket.readAll());
        }
    }
    int errorCode(int timeoutMs = 5000)
    {
        return int(read(timeoutMs).value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toInteger(0));
    }
    bool closedByServer(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            m_socket.waitForReadyRead(100);
            m_socket.readAll();
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
        }
        return false;
    }

private:
    QTcpSocket m_socket;
    erp::protocol::FrameReader m_reader;
};

} // namespace

class TestBadPeers : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_good;

    void goodClientStillServed()
    {
        const auto r = m_good->call(QStringLiteral("catalog.list"), params(QStringLiteral("currencies")));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(m_good->call(QStringLiteral("system.ping")).ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start({QStringLiteral("--max-frame"), QStringLiteral("65536"), QStringLiteral("--login-timeout"),
                                QStringLiteral("2"), QStringLiteral("--io-timeout"), QStringLiteral("2")}));
        m_good = m_server.connect();
        QVERIFY(m_good);
    }

    void cleanup() { goodClientStillServed(); }

    void refusesOversizedLengthBeforeReadingTheBody()
    {
        RawPeer peer(m_server.port());
        peer.send(QByteArray::fromHex("7fffffff") + QByteArray(100, 'x'));
        QCOMPARE(peer.errorCode(), int(ErrorCode::FrameTooLarge));
        QVERIFY(peer.closedByServer());
    }

    void refusesAnHttpRequest()
    {
        RawPeer peer(m_server.port());
        peer.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"); // "GET " reads as a 1.2 GB length
        QCOMPARE(peer.errorCode(), int(ErrorCode::FrameTooLarge));
        QVERIFY(peer.closedByServer());
    }

    void refusesMalformedCbor()
    {
        RawPeer peer(m_server.port());
        peer.send(QByteArray::fromHex("00000004a2616101ff"));
        const QCborMap reply = peer.read();
        QCOMPARE(int(reply.value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toInteger()),
                 int(ErrorCode::MalformedFrame));
        QVERIFY(reply.value(QStringLiteral("error")).toMap().value(QStringLiteral("message")).toString().contains(QLatin1String("byte")));
        QVERIFY(peer.closedByServer());
    }

    void requiresTheHandshakeFirst()
    {
        RawPeer peer(m_server.port());
        peer.send(erp::protocol::encodeFrame(erp::protocol::makeRequest(1, QStringLiteral("system.ping"), QCborMap())));
        QCOMPARE(peer.errorCode(), int(ErrorCode::BadRequest));
        QVERIFY(peer.closedByServer());
    }

    void refusesUnknownProtocolVersions()
    {
        RawPeer peer(m_server.port());
        peer.hello(99);
        QCOMPARE(peer.errorCode(), int(ErrorCode::IncompatibleVersion));
        QVERIFY(peer.closedByServer());
    }

    void answersBadRequestsAndStaysOpen()
    {
        RawPeer peer(m_server.port());
        peer.hello();
        QVERIFY(peer.read().contains(QStringLiteral("hello")));
        peer.send(erp::protocol::encodeFrame(QCborArray{1, 2, 3}));
        QCOMPARE(peer.errorCode(), int(ErrorCode::BadRequest));
        peer.send(erp::protocol::encodeFrame(map({{QStringLiteral("id"), QStringLiteral("one")}, {QStringLiteral("method"), 5}})));
        QCOMPARE(peer.errorCode(), int(ErrorCode::BadRequest));
        peer.send(erp::protocol::encodeFrame(erp::protocol::makeRequest(2, QStringLiteral("system.shutdown"), QCborMap())));
        QCOMPARE(peer.errorCode(), int(ErrorCode::UnknownMethod));
        peer.send(erp::protocol::encodeFrame(erp::protocol::makeRequest(3, QStringLiteral("catalog.list"), QCborMap())));
        QCOMPARE(peer.errorCode(), int(ErrorCode::NotAuthenticated));
        peer.send(erp::protocol::encodeFrame(erp::protocol::makeRequest(4, QStringLiteral("system.ping"), QCborMap())));
        const QCborMap pong = peer.read();
        QCOMPARE(pong.value(QStringLiteral("id")).toInteger(), 4);
        QVERIFY(pong.contains(QStringLiteral("result")));
    }

    void dropsATruncatedFrameAfterTheTimeout()
    {
        RawPeer peer(m_server.port());
        peer.hello();
        QVERIFY(peer.read().contains(QStringLiteral("hello")));
        peer.send(QByteArray::fromHex("00000064") + QByteArray(10, 'x')); // 100 announced, 10 sent
        QVERIFY(peer.closedByServer(10000));
    }

    void dropsSilentPeersBeforeLogin()
    {
        RawPeer peer(m_server.port());
        QVERIFY(peer.connected());
        QVERIFY(peer.closedByServer(10000));
    }

    void survivesAStormOfRandomBytes()
    {
        QRandomGenerator random(20261127);
        std::vector<std::unique_ptr<RawPeer>> peers;
        for (int i = 0; i < 100; ++i) {
            auto peer = std::make_unique<RawPeer>(m_server.port());
            QByteArray junk(int(random.bounded(1, 400)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(random.bounded(256));
            if (i % 2)
                junk.prepend(QByteArray::fromHex("000000") + char(junk.size())); // plausible length, random body
            peer->send(junk);
            peers.push_back(std::move(peer));
            if (i % 10 == 0)
                goodClientStillServed();
        }
        peers.clear();
    }
};

QTEST_GUILESS_MAIN(TestBadPeers)
#include "tst_badpeers.moc"
