#include "enterkey.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>

namespace erp::app {

namespace {

class EnterFilter : public QObject
{
public:
    EnterFilter(QAbstractItemView *view, std::function<void()> activate) : QObject(view), m_activate(std::move(activate))
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                m_activate();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_activate;
};

} // namespace

void openOnEnterAndDoubleClick(QAbstractItemView *view, std::function<void()> activate)
{
    new EnterFilter(view, activate);
    QObject::connect(view, &QAbstractItemView::doubleClicked, view, [activate] { activate(); });
}

} // namespace erp::app
