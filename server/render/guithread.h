#pragma once

#include <QApplication>
#include <QThread>

#include <exception>
#include <stdexcept>

namespace erp::render {

// Runs f on the GUI thread and waits for its result: Qt Charts and QGraphicsScene may only be
// used there. A worker calls it while the GUI thread runs its event loop; on shutdown the server
// stops its workers before it leaves that loop, so nobody waits for a loop that has ended.
// What f throws is thrown here, on the calling thread.
template<typename F>
auto onGuiThread(F f) -> decltype(f())
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        throw std::logic_error("drawing needs a QApplication");
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        return f();
    decltype(f()) result{};
    std::exception_ptr failure;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [&] {
            try {
                result = f();
            } catch (...) {
                failure = std::current_exception();
            }
        },
        Qt::BlockingQueuedConnection);
    if (failure)
        std::rethrow_exception(failure);
    return result;
}

} // namespace erp::render
