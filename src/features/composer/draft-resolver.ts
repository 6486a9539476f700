// The zod adapter of react-hook-form, in a chunk of its own: the form loads it on its first validation.
export { zodResolver } from '@hookform/resolvers/zod';
