#include "frame.h"

#include <QCborStreamReader>
#include <QCoreApplication>

namespace erp::protocol {

QByteArray encodeFrame(const QCborValue &item)
{
    const QByteArray body = item.toCbor();
    const auto n = static_cast<std::uint32_t>(body.size());
    QByteArray frame;
    frame.reserve(FrameHeaderSize + body.size());
    frame.append(static_cast<char>((n >> 24) & 0xff));
    frame.append(static_cast<char>((n >> 16) & 0xff));
    frame.append(static_cast<char>((n >> 8) & 0xff));
    frame.append(static_cast<char>(n & 0xff));
    frame.append(body);
    return frame;
}

std::uint32_t decodeFrameHeader(const char *header)
{
    const auto *h = reinterpret_cast<const unsigned char *>(header);
    return (std::uint32_t(h[0]) << 24) | (std::uint32_t(h[1]) << 16) | (std::uint32_t(h[2]) << 8)
        | std::uint32_t(h[3]);
}

namespace {

// The CBOR integer -2^64 (major type 1 with the argument 2^64 - 1) and the double -2^64: both
// nine bytes long.
const QByteArray MinusTwoTo64 = QByteArray::fromHex("3bffffffffffffffff");
const QByteArray MinusTwoTo64Double = QByteArray::fromHex("fbc3f0000000000000");

void findMinusTwoTo64(QCborStreamReader &reader, QList<qint64> *offsets, int depth = 0)
{
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (reader.isNegativeInteger() && quint64(reader.toNegativeInteger()) == 0)
            offsets->append(reader.currentOffset());
        if (reader.isContainer()) {
            if (depth > 1024 || !reader.enterContainer())
                return;
            findMinusTwoTo64(reader, offsets, depth + 1);
            reader.leaveContainer();
        } else {
            reader.next();
        }
    }
}

// Qt decodes the CBOR integer -2^64 as 0 (its QCborNegativeInteger cannot hold it); every
// other integer beyond 64 bits becomes a double. So that -2^64 is refused as out of range
// like them, and never taken for 0, it is rewritten in place to the double -2^64.
QByteArray withoutMinusTwoTo64(const QByteArray &body)
{
    QCborStreamReader reader(body);
    QList<qint64> offsets;
    findMinusTwoTo64(reader, &offsets);
    QByteArray patched = body;
    for (const qint64 at : std::as_const(offsets))
        patched.replace(at, MinusTwoTo64Double.size(), MinusTwoTo64Double);
    return patched;
}

} // namespace

bool decodeFrameBody(const QByteArray &body, QCborValue *item, QString *error)
{
    if (body.isEmpty()) {
        *error = QCoreApplication::translate("Protocol", "empty frame body");
        return false;
    }
    QCborStreamReader reader(body);
    *item = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        *error = QCoreApplication::translate("Protocol", "malformed CBOR at byte %1: %2")
                     .arg(reader.currentOffset())
                     .arg(reader.lastError().toString());
        return false;
    }
    if (reader.currentOffset() != body.size()) {
        *error = QCoreApplication::translate("Protocol", "unexpected data after the CBOR item at byte %1")
                     .arg(reader.currentOffset());
        return false;
    }
    if (body.contains(MinusTwoTo64))
        *item = QCborValue::fromCbor(withoutMinusTwoTo64(body));
    return true;
}

FrameReader::Status FrameReader::next(QCborValue *item, QString *error)
{
    if (m_buffer.size() < qsizetype(FrameHeaderSize))
        return Status::NeedMore;
    const std::uint32_t length = decodeFrameHeader(m_buffer.constData());
    if (length > m_maxBody) {
        *error = QCoreApplication::translate("Protocol", "frame of %1 bytes exceeds the maximum of %2 bytes")
                     .arg(length)
                     .arg(m_maxBody);
        return Status::TooLarge;
    }
    if (m_buffer.size() < qsizetype(FrameHeaderSize + length))
        return Status::NeedMore;
    const QByteArray body = m_buffer.mid(FrameHeaderSize, length);
    m_buffer.remove(0, FrameHeaderSize + length);
    return decodeFrameBody(body, item, error) ? Status::Frame : Status::Malformed;
}

} // namespace erp::protocol
