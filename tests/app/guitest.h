#pragma once

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace erp::test {

// Types text as a user would, key by key. QTest::keyClicks handles Latin-1 only; Czech needs
// "Ž", "ů", "ř"...
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Runs action on the next modal dialog (QMessageBox, QDialog::exec) as soon as it appears,
// so that a test can answer it while the code under test waits in exec().
inline void whenModal(std::function<void(QWidget *)> action, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto started = std::make_shared<qint64>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, action, started, timeoutMs] {
        *started += 20;
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        } else if (*started > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

// Saves a screenshot as dir/name.png (failing the test when it cannot) and says where.
inline void saveScreenshot(const QImage &image, const QDir &dir, const QString &name)
{
    QVERIFY(!image.isNull());
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

// A widget as it is drawn now, after the events waiting are handled.
inline void saveScreenshot(QWidget *widget, const QDir &dir, const QString &name)
{
    QCoreApplication::processEvents();
    saveScreenshot(widget->grab().toImage(), dir, name);
}

} // namespace erp::test
