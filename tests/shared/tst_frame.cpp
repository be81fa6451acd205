#include "protocol/frame.h"
#include "protocol/message.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

#include <limits>

using namespace erp::protocol;

class TestFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsValues_data()
    {
        QTest::addColumn<QCborValue>("value");
        QCborMap nested;
        nested.insert(QStringLiteral("name"), QStringLiteral("Žlutý kůň"));
        nested.insert(QStringLiteral("list"), QCborArray{1, -2, 3.5, true, QCborValue(QCborValue::Null)});
        QTest::newRow("map with diacritics") << QCborValue(nested);
        QTest::newRow("request") << QCborValue(makeRequest(7, QStringLiteral("catalog.read"), nested));
        QTest::newRow("big integer") << QCborValue(qint64(9223372036854775807LL));
        QTest::newRow("bytes") << QCborValue(QByteArray("\x00\x01\xff", 3));
        QTest::newRow("empty map") << QCborValue(QCborMap());
        QTest::newRow("large string") << QCborValue(QString(100000, u'ř'));
    }
    void roundTripsValues()
    {
        QFETCH(QCborValue, value);
        const QByteArray frame = encodeFrame(value);
        QCOMPARE(decodeFrameHeader(frame.constData()), std::uint32_t(frame.size() - 4));
        FrameReader reader;
        reader.append(frame);
        QCborValue out;
        QString error;
        QCOMPARE(reader.next(&out, &error), FrameReader::Status::Frame);
        QCOMPARE(out, value);
        QCOMPARE(reader.buffered(), 0);
    }

    void reassemblesByteByByte()
    {
        const QByteArray stream = encodeFrame(makeResult(1, QStringLiteral("první"))) + encodeFrame(makeResult(2, 42));
        FrameReader reader;
        QList<QCborValue> got;
        for (char c : stream) {
            reader.append(QByteArray(1, c));
            QCborValue v;
            QString error;
            while (reader.next(&v, &error) == FrameReader::Status::Frame)
                got.append(v);
        }
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].toMap().value(QStringLiteral("result")).toString(), QStringLiteral("první"));
        QCOMPARE(got[1].toMap().value(QStringLiteral("id")).toInteger(), 2);
    }

    void waitsForTruncatedFrame()
    {
        const QByteArray frame = encodeFrame(makeResult(1, QStringLiteral("abc")));
        FrameReader reader;
        reader.append(frame.left(frame.size() - 1));
        QCborValue v;
        QString error;
        QCOMPARE(reader.next(&v, &error), FrameReader::Status::NeedMore);
        reader.append(frame.right(1));
        QCOMPARE(reader.next(&v, &error), FrameReader::Status::Frame);
    }

    void rejectsOversizedLengthBeforeBody()
    {
        FrameReader reader(1024);
        reader.append(QByteArray::fromHex("00000401")); // 1025 bytes announced, none sent
        QCborValue v;
        QString error;
        QCOMPARE(reader.next(&v, &error), FrameReader::Status::TooLarge);
        QVERIFY2(error.contains(QLatin1String("1025")), qPrintable(error));
    }

    void rejectsMalformedCbor_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated map") << QByteArray::fromHex("a2616101") << "byte";
        QTest::newRow("reserved additional info") << QByteArray::fromHex("1c") << "byte";
        QTest::newRow("trailing garbage") << QByteArray::fromHex("01ff") << "after the CBOR item at byte 1";
        QTest::newRow("invalid utf8 text") << QByteArray::fromHex("62c328") << "byte";
        QTest::newRow("empty body") << QByteArray() << "empty";
    }
    void rejectsMalformedCbor()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCborValue v;
        QString error;
        QVERIFY(!decodeFrameBody(body, &v, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        FrameReader reader;
        const auto n = std::uint32_t(body.size());
        QByteArray frame(4, '\0');
        frame[3] = char(n);
        reader.append(frame + body);
        QCOMPARE(reader.next(&v, &error), FrameReader::Status::Malformed);
    }

    // Qt's decoder reads the CBOR integer -2^64 as 0; the frame layer hands it over as the
    // double -2^64, out of range like every other integer beyond 64 bits.
    void decodesMinusTwoTo64AsWhatItIs()
    {
        // {"b": h'3bffffffffffffffff', "n": -2^64, "a": [-2^64]}: the same bytes inside a byte string stay.
        const QByteArray body = QByteArray::fromHex("a3" "6162" "49" "3bffffffffffffffff" "616e" "3bffffffffffffffff"
                                                    "6161" "81" "3bffffffffffffffff");
        QCborValue v;
        QString error;
        QVERIFY2(decodeFrameBody(body, &v, &error), qPrintable(error));
        const QCborMap m = v.toMap();
        QCOMPARE(m.value(QStringLiteral("b")).toByteArray(), QByteArray::fromHex("3bffffffffffffffff"));
        QVERIFY(m.value(QStringLiteral("n")).isDouble());
        QCOMPARE(m.value(QStringLiteral("n")).toDouble(), -18446744073709551616.0);
        QCOMPARE(m.value(QStringLiteral("a")).toArray().at(0).toDouble(), -18446744073709551616.0);
        // Its neighbours are unchanged: -2^63 is an integer, -2^63 - 1 a double (Qt's own choice).
        QVERIFY(decodeFrameBody(QByteArray::fromHex("3b7fffffffffffffff"), &v, &error));
        QCOMPARE(v.toInteger(), std::numeric_limits<qint64>::min());
        QVERIFY(decodeFrameBody(QByteArray::fromHex("3b8000000000000000"), &v, &error));
        QVERIFY(v.isDouble());
    }

    void carriesTypedErrors()
    {
        const Error e{ErrorCode::Validation, QStringLiteral("too long"), QStringLiteral("name")};
        const QCborMap m = makeError(9, e);
        const Error back = Error::fromCbor(m.value(QStringLiteral("error")).toMap());
        QCOMPARE(int(back.code), 5);
        QCOMPARE(back.field, QStringLiteral("name"));
        QCOMPARE(back.message, QStringLiteral("too long"));
        QCOMPARE(errorCodeName(ErrorCode::Conflict), QStringLiteral("Conflict"));
    }

    void keepsErrorCodesStable()
    {
        // Append-only: these numbers are part of the protocol.
        QCOMPARE(int(ErrorCode::BadRequest), 1);
        QCOMPARE(int(ErrorCode::Conflict), 7);
        QCOMPARE(int(ErrorCode::IncompatibleVersion), 10);
        QCOMPARE(int(ErrorCode::Timeout), 15);
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "tst_frame.moc"
