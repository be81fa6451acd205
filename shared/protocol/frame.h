#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QString>

#include <cstdint>

namespace erp::protocol {

// A frame is a 4-byte big-endian body length followed by exactly one CBOR item.
constexpr std::size_t FrameHeaderSize = 4;
constexpr std::uint32_t DefaultMaxFrameBody = 16 * 1024 * 1024;

QByteArray encodeFrame(const QCborValue &item);

// Reads the body length from a 4-byte header.
std::uint32_t decodeFrameHeader(const char *header);

// Decodes one frame body. The body must hold exactly one well-formed CBOR item;
// on failure *error names the byte offset at fault.
bool decodeFrameBody(const QByteArray &body, QCborValue *item, QString *error);

// Incremental decoder for a byte stream (used by clients reading from a socket).
class FrameReader
{
public:
    enum class Status { NeedMore, Frame, TooLarge, Malformed };

    explicit FrameReader(std::uint32_t maxBody = DefaultMaxFrameBody) : m_maxBody(maxBody) {}

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // Extracts the next complete frame. After TooLarge or Malformed the stream is unusable.
    Status next(QCborValue *item, QString *error);
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    std::uint32_t m_maxBody;
};

} // namespace erp::protocol
