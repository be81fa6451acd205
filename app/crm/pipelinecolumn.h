#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QListView>
#include <QPoint>
#include <QWidget>

class QLabel;

namespace erp::app {

class ClientSession;
class ListModel;

// The list of one pipeline column: cards of the stage's documents, dragged to another column
// (the MIME type names the kind, the id and the stage it leaves).
class PipelineList : public QListView
{
    Q_OBJECT

public:
    static QString mimeType() { return QStringLiteral("application/x-erp-pipeline-card"); }

    PipelineList(const QString &stage, QWidget *parent = nullptr);
    QString stage() const { return m_stage; }

Q_SIGNALS:
    // A card of another column was dropped here: move it to this column's stage.
    void cardDropped(qint64 id, const QString &fromStage);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_stage;
    QPoint m_pressedAt;
};

// One stage of the pipeline: its title, count, amount and weighted amount (from the area's
// pipeline method) over a lazily paged list of its documents (document.list filtered by the
// status, keyset paged by ListModel: a stage with 100,000 deals loads a page at a time).
class PipelineColumn : public QWidget
{
    Q_OBJECT

public:
    // columns: the list layout of the kind (meta.form's list), shown on the cards.
    PipelineColumn(ClientSession *session, const KindInfo &kind, const QStringList &columns, const QCborMap &stage,
                   const QCborArray &filters, QWidget *parent = nullptr);

    QString stage() const { return m_stage; }
    ListModel *model() const { return m_model; }
    PipelineList *view() const { return m_view; }
    // The stage's figures as the pipeline method answers them: {stage, title, count, amount, weighted}.
    void setFigures(const QCborMap &stage);
    QCborMap figures() const { return m_figures; }
    QString headerText() const;
    void setFilters(const QCborArray &filters);
    qint64 currentId() const;
    QCborMap currentRow() const;
    // Selects the document when the list shows it (now or after its next load).
    void select(qint64 id);

private:
    ClientSession *m_session;
    QString m_stage;
    QCborArray m_baseFilters;
    QCborMap m_figures;
    ListModel *m_model;
    PipelineList *m_view;
    QLabel *m_header;
    qint64 m_selectId = 0;
};

} // namespace erp::app
