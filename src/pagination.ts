// A page of a list, as every `list*` function returns it. Pages are numbered from 1.
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function toPage<T>(items: T[], request: PageRequest, total: number): Page<T> {
  return { items, page: request.page, pageSize: request.pageSize, total, pageCount: Math.max(1, Math.ceil(total / request.pageSize)) };
}

export function offsetOf(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}
