#include "pipelinecolumn.h"

#include "core/clientsession.h"
#include "form/valuetext.h"
#include "list/listmodel.h"

#include <QApplication>
#include <QDrag>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace erp::app {

namespace {

QString moneyText(const QCborValue &v)
{
    FieldInfo money;
    money.type = QStringLiteral("money");
    money.scale = 2;
    return valueText(money, v.isUndefined() || v.isNull() ? QCborValue(QStringLiteral("0")) : v);
}

// A card: the first two shown fields in bold, the money fields on the right, the rest under
// them, each as the list shows it.
class CardDelegate : public QStyledItemDelegate
{
public:
    CardDelegate(ListModel *model, ClientSession *session, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model), m_session(session)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.height() * 2 + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QCborMap row = m_model->rowAt(index.row());
        const QCborMap display = row.value(QStringLiteral("display")).toMap();
        QStringList first, second, right;
        for (const FieldInfo &f : m_model->columns()) {
            if (f.name == QLatin1String("status"))
                continue; // the column says it
            const QString text = displayValue(f, row.value(f.name), display.value(f.name).toString(), m_session);
            if (text.isEmpty())
                continue;
            if (f.type == QLatin1String("money"))
                right.append(text);
            else if (first.size() < 2)
                first.append(text);
            else if (second.size() < 2)
                second.append(text);
        }
        painter->save();
        const QRect card = option.rect.adjusted(3, 2, -3, -2);
        const bool selected = option.state & QStyle::State_Selected;
        const bool focused = option.state & QStyle::State_HasFocus;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(selected ? option.palette.color(QPalette::Highlight) : QColor(0xd0, 0xd4, 0xda), focused ? 2 : 1));
        painter->setBrush(selected ? option.palette.color(QPalette::Highlight).lighter(185) : option.palette.color(QPalette::Base));
        painter->drawRoundedRect(card, 4, 4);
        const QRect text = card.adjusted(8, 4, -8, -4);
        const int line = option.fontMetrics.height();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setPen(option.palette.color(QPalette::Text));
        const QString amount = right.join(QStringLiteral(" · "));
        const int amountWidth = QFontMetrics(bold).horizontalAdvance(amount) + 8;
        painter->setFont(bold);
        painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignRight | Qt::AlignVCenter, amount);
        painter->drawText(QRect(text.left(), text.top(), text.width() - amountWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(first.join(QStringLiteral(" · ")), Qt::ElideRight, text.width() - amountWidth));
        painter->setFont(option.font);
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text).darker(130));
        painter->drawText(QRect(text.left(), text.top() + line + 2, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(second.join(QStringLiteral(" · ")), Qt::ElideRight, text.width()));
        painter->restore();
    }

private:
    ListModel *m_model;
    ClientSession *m_session;
};

} // namespace

PipelineList::PipelineList(const QString &stage, QWidget *parent) : QListView(parent), m_stage(stage)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void PipelineList::mousePressEvent(QMouseEvent *event)
{
    m_pressedAt = event->position().toPoint();
    QListView::mousePressEvent(event);
}

void PipelineList::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance()) {
        QListView::mouseMoveEvent(event);
        return;
    }
    const QModelIndex index = indexAt(m_pressedAt);
    if (!index.isValid())
        return;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QStringLiteral("%1 %2").arg(index.data(ListModel::IdRole).toLongLong()).arg(m_stage).toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(viewport()->grab(visualRect(index)));
    drag->exec(Qt::MoveAction);
}

void PipelineList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void PipelineList::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void PipelineList::dropEvent(QDropEvent *event)
{
    const QStringList parts = QString::fromUtf8(event->mimeData()->data(mimeType())).split(u' ');
    if (parts.size() != 2 || parts[1] == m_stage)
        return;
    event->acceptProposedAction();
    Q_EMIT cardDropped(parts[0].toLongLong(), parts[1]);
}

PipelineColumn::PipelineColumn(ClientSession *session, const KindInfo &kind, const QStringList &columns,
                               const QCborMap &stage, const QCborArray &filters, QWidget *parent)
    : QWidget(parent), m_session(session), m_stage(stage.value(QStringLiteral("stage")).toString()),
      m_model(new ListModel(session, kind, columns, this)), m_view(new PipelineList(m_stage, this)), m_header(new QLabel(this))
{
    setObjectName(QStringLiteral("stage_") + m_stage);
    m_view->setObjectName(QStringLiteral("cards_") + m_stage);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CardDelegate(m_model, session, m_view));
    m_header->setObjectName(QStringLiteral("stageHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setStyleSheet(QStringLiteral("QLabel { background: #eef1f5; padding: 4px; border-radius: 3px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    setMinimumWidth(230);
    connect(m_model, &ListModel::reset, this, [this] {
        const int row = m_selectId ? m_model->rowOfId(m_selectId) : -1;
        if (row >= 0 || m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
        if (row >= 0)
            m_selectId = 0;
    });
    setFigures(stage);
    m_baseFilters = filters;
    QCborArray all = filters;
    QCborMap status;
    status.insert(QStringLiteral("field"), QStringLiteral("status"));
    status.insert(QStringLiteral("value"), m_stage);
    all.append(status);
    m_model->setInitialFilters(all);
    m_model->setShowDeleted(false); // the first load
}

void PipelineColumn::setFigures(const QCborMap &stage)
{
    m_figures = stage;
    m_header->setText(headerText());
}

QString PipelineColumn::headerText() const
{
    return tr("<b>%1</b> · %n deal(s)<br>%2 · weighted <b>%3</b>", nullptr, int(m_figures.value(QStringLiteral("count")).toInteger()))
        .arg(m_figures.value(QStringLiteral("title")).toString(m_stage).toHtmlEscaped(),
             moneyText(m_figures.value(QStringLiteral("amount"))), moneyText(m_figures.value(QStringLiteral("weighted"))));
}

void PipelineColumn::setFilters(const QCborArray &filters)
{
    m_baseFilters = filters;
    QCborArray all = filters;
    QCborMap status;
    status.insert(QStringLiteral("field"), QStringLiteral("status"));
    status.insert(QStringLiteral("value"), m_stage);
    all.append(status);
    m_model->setFilters(all);
}

qint64 PipelineColumn::currentId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

QCborMap PipelineColumn::currentRow() const
{
    return m_model->rowAt(m_view->currentIndex().row());
}

void PipelineColumn::select(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        m_selectId = id;
}

} // namespace erp::app
