// libFuzzer target: feeds arbitrary bytes to the frame reader and the request decoder the
// server uses. Build with clang: cmake -DERP_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ ...
// Run: build-fuzz/tests/fuzz/fuzz_frame -max_total_time=60
#include "protocol/frame.h"
#include "protocol/message.h"

#include <QCborMap>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    erp::protocol::FrameReader reader(64 * 1024);
    reader.append(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QCborValue item;
    QString error;
    while (reader.next(&item, &error) == erp::protocol::FrameReader::Status::Frame) {
        const QCborMap request = item.toMap();
        (void)request.value(erp::protocol::key::Method).toString();
        (void)erp::protocol::Error::fromCbor(request.value(erp::protocol::key::Error).toMap());
        (void)item.toCbor();
    }
    QCborValue direct;
    erp::protocol::decodeFrameBody(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &direct, &error);
    return 0;
}
