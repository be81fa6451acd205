#pragma once

#include "serveroptions.h"

#include <QList>
#include <QString>

#include <stdexcept>

namespace erp::bench {

struct BenchOptions : ServerLogin
{
    int seconds = 5;   // duration of each timed load run
    int repeat = 20;   // repetitions of each list page measurement
    int pages = 50;    // consecutive "next" pages followed per walk
    int timeoutMs = 300000; // per call
    QList<int> roundtripConnections{1, 16, 256};
    QList<int> createConnections{1, 8};
};

// Thrown by single-threaded scenario code when a call fails; main() prints it and exits 1.
class BenchFailure : public std::runtime_error
{
public:
    explicit BenchFailure(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace erp::bench
