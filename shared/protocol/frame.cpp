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
