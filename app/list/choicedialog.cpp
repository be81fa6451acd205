#include "choicedialog.h"

#include "listwidget.h"

#include <QCborMap>
#include <QLineEdit>
#include <QVBoxLayout>

namespace erp::app {

namespace {

QStringList choiceColumns(const KindInfo &kind, const QCborArray &filters)
{
    QStringList columns = kind.isDocument ? QStringList{QStringLiteral("date"), QStringLiteral("number")}
                                          : QStringList{QStringLiteral("code"), QStringLiteral("name")};
    // The fields the list is filtered by show whose each row is.
    for (const QCborValue &f : filters) {
        const QString name = f.toMap().value(QStringLiteral("field")).toString();
        if (kind.field(name) && !columns.contains(name))
            columns.append(name);
    }
    return columns;
}

} // namespace

ChoiceDialog::ChoiceDialog(ClientSession *session, const KindInfo &kind, const ChoiceRequest &request, QWidget *parent)
    : QDialog(parent),
      m_list(new ListWidget(session, kind, choiceColumns(kind, request.filters), ListWidget::Mode::Choose, this,
                            request.filters))
{
    setObjectName(QStringLiteral("choice_") + kind.name);
    setWindowTitle(tr("Choose: %1").arg(kind.title));
    resize(800, 500);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    if (request.current)
        m_list->keepSelected(request.current);
    connect(m_list, &ListWidget::chosen, this, [this](qint64 id, const QString &name) {
        Q_EMIT chosen(id, name);
        accept();
    });
    m_list->searchField()->setFocus();
}

} // namespace erp::app
