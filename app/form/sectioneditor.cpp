#include "sectioneditor.h"

#include "sectiondelegate.h"
#include "sectionmodel.h"

#include <QAction>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace erp::app {

SectionEditor::SectionEditor(const SectionInfo &section, ClientSession *session, QWidget *parent)
    : QWidget(parent),
      m_model(new SectionModel(section, session, this)),
      m_delegate(new SectionDelegate(session, this)),
      m_view(new QTableView(this)),
      m_message(new QLabel(this))
{
    m_addAction = createAction(tr("Add line"), QKeySequence(Qt::Key_Insert), &SectionEditor::addLine);
    m_copyAction = createAction(tr("Copy line"), QKeySequence(Qt::Key_F9), &SectionEditor::copyLine);
    m_deleteAction = createAction(tr("Delete line"), QKeySequence(Qt::Key_Delete), &SectionEditor::deleteLine);
    m_upAction = createAction(tr("Move up"), QKeySequence(Qt::CTRL | Qt::Key_Up), &SectionEditor::moveUp);
    m_downAction = createAction(tr("Move down"), QKeySequence(Qt::CTRL | Qt::Key_Down), &SectionEditor::moveDown);
    // Enter on a cell that is not being edited starts editing it (F2 and typing do too).
    auto *editAction = new QAction(this);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, &SectionEditor::editCurrent);
    m_view->addAction(editAction);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(createButton(m_addAction, QStringLiteral("addLine")));
    buttons->addWidget(createButton(m_copyAction, QStringLiteral("copyLine")));
    buttons->addWidget(createButton(m_deleteAction, QStringLiteral("deleteLine")));
    QToolButton *up = createButton(m_upAction, QStringLiteral("moveUp"));
    QToolButton *down = createButton(m_downAction, QStringLiteral("moveDown"));
    up->setArrowType(Qt::UpArrow);
    down->setArrowType(Qt::DownArrow);
    up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    down->setToolButtonStyle(Qt::ToolButtonIconOnly);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();

    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    // Tab leaves the grid (cell editors handle Tab themselves): no keyboard trap in the form.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setColumnWidths();

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(176, 0, 32));
    m_message->setPalette(palette);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    setFocusProxy(m_view);

    connect(m_model, &SectionModel::edited, this, [this] {
        if (m_messageFromInput)
            clearError();
        Q_EMIT edited();
    });
    connect(m_delegate, &SectionDelegate::inputRejected, this, [this](const QModelIndex &cell, const QString &message) {
        showMessage(cellMessage(cell, message), true);
    });
    connect(m_delegate, &SectionDelegate::tabPastEnd, this, &SectionEditor::appendLine);
    connect(m_delegate, &SectionDelegate::insertRequested, this, &SectionEditor::addLine);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SectionEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SectionEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SectionEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SectionEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionEditor::updateActions);
    updateActions();
}

SectionEditor::~SectionEditor()
{
    // Editors closing with the view must not report into a half-destroyed widget.
    m_delegate->disconnect(this);
}

const SectionInfo &SectionEditor::section() const
{
    return m_model->section();
}

QAction *SectionEditor::createAction(const QString &text, const QKeySequence &shortcut, void (SectionEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the grid itself has the focus: in a cell editor, Delete and Insert edit text.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    return action;
}

QToolButton *SectionEditor::createButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

void SectionEditor::setColumnWidths()
{
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const FieldInfo &field = m_model->field(column);
        int chars = 20;
        if (field.type == QLatin1String("string"))
            chars = qBound(6, field.length + 1, 36);
        else if (field.isNumeric() || field.type == QLatin1String("date"))
            chars = 14;
        else if (field.type == QLatin1String("integer"))
            chars = 10;
        else if (field.type == QLatin1String("datetime"))
            chars = 18;
        else if (field.type == QLatin1String("boolean"))
            chars = 6;
        else if (field.type == QLatin1String("ref") || field.type == QLatin1String("text"))
            chars = 28;
        const int title = m_view->fontMetrics().horizontalAdvance(field.title) + 3 * charWidth;
        m_view->setColumnWidth(column, qMax(chars * charWidth, title));
    }
}

void SectionEditor::setLines(const QCborArray &lines)
{
    m_delegate->closeEditors();
    clearError();
    m_model->setLines(lines);
}

QCborArray SectionEditor::lines() const
{
    return m_model->lines();
}

QCborArray SectionEditor::writableLines() const
{
    return m_model->lines(SectionModel::Fields::Writable);
}

QCborArray SectionEditor::recalculationLines() const
{
    return m_model->lines(SectionModel::Fields::Recalculation);
}

void SectionEditor::applyRecalculated(const QCborArray &lines)
{
    if (lines.size() != m_model->rowCount())
        return;
    for (qsizetype row = 0; row < lines.size(); ++row)
        m_model->applyRecalculated(int(row), lines.at(row).toMap());
}

void SectionEditor::setReadOnly(bool readOnly)
{
    if (readOnly)
        m_delegate->closeEditors();
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    updateActions();
}

QString SectionEditor::cellMessage(const QModelIndex &cell, const QString &message) const
{
    if (!cell.isValid())
        return message;
    return tr("Line %1, %2: %3").arg(cell.row() + 1).arg(m_model->field(cell.column()).title, message);
}

void SectionEditor::showMessage(const QString &message, bool fromInput)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_messageFromInput = fromInput;
}

void SectionEditor::showError(int line, const QString &field, const QString &message)
{
    const int row = line - 1;
    if (row >= 0 && row < m_model->rowCount()) {
        const QModelIndex cell = m_model->index(row, qMax(0, m_model->columnOf(field)));
        m_model->setErrorCell(cell);
        m_view->setCurrentIndex(cell);
        m_view->scrollTo(cell);
        m_view->setFocus(Qt::OtherFocusReason);
    } else {
        m_model->setErrorCell(QModelIndex());
    }
    showMessage(message, false);
}

void SectionEditor::clearError()
{
    m_model->setErrorCell(QModelIndex());
    showMessage(QString(), false);
}

QString SectionEditor::inputError() const
{
    QModelIndex cell;
    const QString error = m_delegate->pendingError(&cell);
    return error.isEmpty() ? QString() : cellMessage(cell, error);
}

void SectionEditor::setCurrent(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount()) {
        updateActions();
        return;
    }
    const QModelIndex cell = m_model->index(row, qBound(0, column, m_model->columnCount() - 1));
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    updateActions();
}

void SectionEditor::editCurrent()
{
    const QModelIndex cell = m_view->currentIndex();
    if (cell.isValid() && (cell.flags() & Qt::ItemIsEditable))
        m_view->edit(cell);
}

void SectionEditor::addLine()
{
    if (m_readOnly || m_model->columnCount() == 0)
        return;
    m_delegate->closeEditors();
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->insertLine(current.isValid() ? current.row() + 1 : m_model->rowCount());
    m_view->setFocus(Qt::OtherFocusReason);
    setCurrent(row, firstEditableColumn());
    editCurrent();
    Q_EMIT edited();
}

void SectionEditor::appendLine()
{
    if (m_readOnly || m_model->columnCount() == 0)
        return;
    m_delegate->closeEditors();
    const int row = m_model->insertLine(m_model->rowCount());
    m_view->setFocus(Qt::OtherFocusReason);
    setCurrent(row, firstEditableColumn());
    editCurrent();
    Q_EMIT edited();
}

int SectionEditor::firstEditableColumn() const
{
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (m_model->isEditable(column))
            return column;
    return 0;
}

void SectionEditor::copyLine()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    m_delegate->closeEditors();
    const int row = m_model->copyLine(current.row());
    setCurrent(row, current.column());
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void SectionEditor::deleteLine()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    m_delegate->closeEditors();
    const int row = current.row();
    const int column = current.column();
    m_model->removeLine(row);
    setCurrent(qMin(row, m_model->rowCount() - 1), column);
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void SectionEditor::moveUp()
{
    moveLine(-1);
}

void SectionEditor::moveDown()
{
    moveLine(1);
}

void SectionEditor::moveLine(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    m_delegate->closeEditors();
    const int row = current.row();
    if (!m_model->moveLine(row, delta))
        return;
    setCurrent(row + delta, current.column());
    Q_EMIT edited();
}

void SectionEditor::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool editable = !m_readOnly;
    const bool onLine = editable && current.isValid();
    m_addAction->setEnabled(editable && m_model->columnCount() > 0);
    m_copyAction->setEnabled(onLine);
    m_deleteAction->setEnabled(onLine);
    m_upAction->setEnabled(onLine && current.row() > 0);
    m_downAction->setEnabled(onLine && current.row() < m_model->rowCount() - 1);
}

} // namespace erp::app
