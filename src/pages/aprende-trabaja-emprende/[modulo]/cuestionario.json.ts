/** A module's quiz as the island fetches it (src/components/islands/quiz/start.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleQuizPaths } from '../../../content.ts';

export const getStaticPaths = (() => moduleQuizPaths('aprende-trabaja-emprende')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.quiz);
