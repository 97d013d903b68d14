import { useRef, useState, type DragEvent } from 'react';
import type { InputFile } from '../types';
import { useDataStore } from '../state/data-store';
import { useT } from './use-t';

async function toInputFiles(files: FileList | File[]): Promise<InputFile[]> {
  return Promise.all(Array.from(files).map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
}

/** File picker plus a drop zone; the whole window also accepts drops (see App). */
export function FileDrop() {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const loadFiles = useDataStore((s) => s.loadFiles);

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    if (event.dataTransfer.files.length) await loadFiles(await toInputFiles(event.dataTransfer.files));
  };

  return (
    <section className="panel" aria-labelledby="load-heading">
      <h2 id="load-heading">{t('load.heading')}</h2>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" onClick={() => inputRef.current?.click()}>{t('load.choose')}</button>
        <p>{dragging ? t('load.dropActive') : t('load.drop')}</p>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          accept=".geojson,.json,.topojson,.shp,.dbf,.prj,.cpg,.shx,.zip,.csv,.tsv,.txt,.xlsx,.ods,.gpkg,.kml,.kmz,.fgb,.parquet"
          onChange={async (e) => {
            const files = e.target.files;
            if (files?.length) await loadFiles(await toInputFiles(files));
            e.target.value = '';
          }}
        />
      </div>
      <p className="privacy">{t('app.privacy')}</p>
    </section>
  );
}

export { toInputFiles };
